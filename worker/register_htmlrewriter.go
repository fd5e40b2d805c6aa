package worker

import _ "github.com/mcrepl/mcrepl/worker/htmlrewriter"
