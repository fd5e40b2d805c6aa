package node

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// CloudflareNode returns the exports of workerd's cloudflare:node module,
// httpServerHandler and handleAsNodeRequest: the way a Worker's fetch
// handler reaches a node:http Server that listen()ed in the isolate
// (js/cloudflare_node.js; the servers are js/http_internal.js's). workerd
// has the module whatever the flags; without
// enable_nodejs_http_server_modules no server can listen, and both find
// none. Loop goroutine only.
func CloudflareNode(env *host.Env) goja.Value {
	return stateOf(env).load("internal/cloudflare_node", true)
}
