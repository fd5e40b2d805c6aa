package blob_test

import "github.com/mcrepl/mcrepl/worker/blob"

var decode = blob.DecodeUTF8
