package worker

import _ "github.com/mcrepl/mcrepl/worker/fetch" // Headers, Request, Response, FormData, fetch()
