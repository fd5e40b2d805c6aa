// Package flags owns compatibility dates and flags: the registry of the flags
// that change what mcrepl implements, the parsing and validation of a date and
// a flag list with workerd's exact messages and order, and the resolved Set
// that the runtime reads. It imports nothing else of mcrepl's and knows
// nothing of goja.
//
// Validate is the entry point for user input; Resolve builds a Set from input
// that is already known to be valid.
package flags

// Flag is one compatibility flag that mcrepl implements.
type Flag struct {
	Name       string // enable flag, e.g. "expose_global_message_channel"
	Negation   string // disable flag, e.g. "no_expose_global_message_channel"
	EnableDate string // YYYY-MM-DD on which it becomes the default; "" if never
	Doc        string // one line: what the flag changes
}

// Registry lists the flags in workerd's schema order (the order of the fields
// in compatibility-date.capnp), which is the order in which workerd reports
// contradictions and redundant flags, and in which it forgets known flags
// before it reports the unknown ones.
var Registry = []Flag{
	{"formdata_parser_supports_files", "formdata_parser_converts_files_to_strings", "2021-11-03",
		"a multipart part with a filename becomes a File in formData(), not a string"},
	{"streams_enable_constructors", "streams_disable_constructors", "2022-11-30",
		"new ReadableStream() and new WritableStream() work, and the stream controllers are globals (before: the constructors throw)"},
	{"global_navigator", "no_global_navigator", "2022-03-21",
		"navigator is a global (userAgent 'Cloudflare-Workers', hardwareConcurrency)"},
	{"transformstream_enable_standard_constructor", "transformstream_disable_standard_constructor", "2022-11-30",
		"new TransformStream(transformer) runs the transformer (before: it is an identity byte stream, with a warning)"},
	{"web_socket_compression", "no_web_socket_compression", "2023-08-15",
		"new WebSocket() offers the permessage-deflate extension (Sec-WebSocket-Extensions) when it connects"},
	{"nodejs_compat", "no_nodejs_compat", "2026-08-04",
		"Node.js compatibility: node: modules (docs/nodejs.md), and the globals of nodejs_compat_v2"},
	{"brotli_content_encoding", "no_brotli_content_encoding", "2024-04-29",
		"mcrepl serve brotli-compresses a response whose Content-Encoding is br (before: sent as it is, labelled br)"},
	{"crypto_preserve_public_exponent", "no_crypto_preserve_public_exponent", "2023-12-01",
		"an RSA CryptoKey's algorithm.publicExponent is a Uint8Array, not an ArrayBuffer"},
	{"nodejs_als", "no_nodejs_als", "",
		"node:async_hooks (AsyncLocalStorage) without the rest of nodejs_compat"},
	{"nodejs_compat_v2", "no_nodejs_compat_v2", "2026-08-04",
		"Buffer, process, global, setImmediate and clearImmediate are globals; node: modules import without the prefix"},
	{"new_module_registry", "legacy_module_registry", "2026-11-17",
		"modules are URLs under file:///bundle/: import.meta has main, url, filename, dirname and resolve(), and import() of a missing module says \"Module not found: URL\""},
	{"nodejs_zlib", "no_nodejs_zlib", "",
		"node:zlib's functions work (without it, with nodejs_compat, they throw)"},
	{"set_tostring_tag", "do_not_set_tostring_tag", "2024-09-26",
		"Symbol.toStringTag on runtime classes: [object MessagePort] instead of [object Object]"},
	{"nodejs_compat_populate_process_env", "nodejs_compat_do_not_populate_process_env", "",
		"process.env holds the Worker's text bindings (mcrepl has none: it stays empty)"},
	{"enable_weak_ref", "disable_weak_ref", "2025-05-05",
		"WeakRef and FinalizationRegistry are globals"},
	{"enable_navigator_language", "disable_navigator_language", "2025-05-19",
		"navigator.language and navigator.languages"},
	{"enable_nodejs_process_v2", "disable_nodejs_process_v2", "",
		"the full Node.js process object (version, versions, hrtime, EventEmitter methods, ...)"},
	{"set_event_target_this", "no_set_event_target_this", "2025-08-01",
		"addEventListener listeners are called with this === the target, not globalThis"},
	{"enable_nodejs_http_modules", "disable_nodejs_http_modules", "",
		"node:http and node:https can be imported (with nodejs_compat)"},
	{"expose_global_message_channel", "no_expose_global_message_channel", "2025-08-15",
		"MessageChannel and MessagePort are globals"},
	{"enable_nodejs_http_server_modules", "disable_nodejs_http_server_modules", "",
		"node:http's createServer, Server and ServerResponse work (with enable_nodejs_http_modules)"},
	{"enable_nodejs_fs_module", "disable_nodejs_fs_module", "",
		"node:fs and node:fs/promises can be imported (with nodejs_compat)"},
	{"enable_nodejs_os_module", "disable_nodejs_os_module", "",
		"node:os can be imported (with nodejs_compat)"},
	{"enable_nodejs_http2_module", "disable_nodejs_http2_module", "",
		"node:http2 can be imported (with nodejs_compat)"},
	{"enhanced_error_serialization", "legacy_error_serialization", "2026-04-21",
		"structured clone keeps all own properties of errors and custom names"},
	{"enable_nodejs_console_module", "disable_nodejs_console_module", "",
		"node:console can be imported (with nodejs_compat)"},
	{"enable_nodejs_vm_module", "disable_nodejs_vm_module", "",
		"node:vm can be imported (with nodejs_compat)"},
	{"enable_nodejs_perf_hooks_module", "disable_nodejs_perf_hooks_module", "",
		"node:perf_hooks can be imported (with nodejs_compat)"},
	{"enable_global_performance_classes", "disable_global_performance_classes", "",
		"Performance, PerformanceEntry, PerformanceMark, ... are globals and performance has mark, measure and the rest of Node.js's perf_hooks surface"},
	{"enable_nodejs_domain_module", "disable_nodejs_domain_module", "",
		"node:domain can be imported (with nodejs_compat)"},
	{"enable_nodejs_v8_module", "disable_nodejs_v8_module", "",
		"node:v8 can be imported (with nodejs_compat)"},
	{"enable_nodejs_tty_module", "disable_nodejs_tty_module", "",
		"node:tty can be imported (with nodejs_compat)"},
	{"enable_nodejs_punycode_module", "disable_nodejs_punycode_module", "",
		"node:punycode can be imported (with nodejs_compat)"},
	{"enable_nodejs_cluster_module", "disable_nodejs_cluster_module", "",
		"node:cluster can be imported (with nodejs_compat)"},
	{"enable_nodejs_child_process_module", "disable_nodejs_child_process_module", "",
		"node:child_process can be imported (with nodejs_compat)"},
	{"enable_nodejs_worker_threads_module", "disable_nodejs_worker_threads_module", "",
		"node:worker_threads can be imported (with nodejs_compat)"},
	{"enable_nodejs_stream_wrap_module", "disable_nodejs_stream_wrap_module", "",
		"node:_stream_wrap can be imported (with nodejs_compat)"},
	{"enable_nodejs_wasi_module", "disable_nodejs_wasi_module", "",
		"node:wasi can be imported (with nodejs_compat)"},
	{"enable_nodejs_dgram_module", "disable_nodejs_dgram_module", "",
		"node:dgram can be imported (with nodejs_compat)"},
	{"enable_nodejs_inspector_module", "disable_nodejs_inspector_module", "",
		"node:inspector and node:inspector/promises can be imported (with nodejs_compat)"},
	{"enable_nodejs_trace_events_module", "disable_nodejs_trace_events_module", "",
		"node:trace_events can be imported (with nodejs_compat)"},
	{"enable_nodejs_readline_module", "disable_nodejs_readline_module", "",
		"node:readline and node:readline/promises can be imported (with nodejs_compat)"},
	{"enable_nodejs_repl_module", "disable_nodejs_repl_module", "",
		"node:repl can be imported (with nodejs_compat)"},
	{"enable_nodejs_sqlite_module", "disable_nodejs_sqlite_module", "",
		"node:sqlite can be imported (with nodejs_compat)"},
	{"enable_ctx_exports", "disable_ctx_exports", "2025-11-17",
		"ctx.exports: loopback stubs of the main module's entrypoints (fetch and RPC to the Worker itself)"},
	{"enable_nodejs_global_timers", "no_nodejs_global_timers", "",
		"setTimeout and setInterval are node:timers' and return Timeout objects"},
	{"text_decoder_replace_surrogates", "disable_text_decoder_replace_surrogates", "2026-02-24",
		"TextDecoder's UTF-16 decoders replace a lone surrogate with U+FFFD (and fail on it when fatal)"},
	{"websocket_close_reason_byte_limit", "no_websocket_close_reason_byte_limit", "2026-03-03",
		"WebSocket close() refuses a reason longer than 123 UTF-8 bytes (SyntaxError)"},
	{"websocket_standard_binary_type", "no_websocket_standard_binary_type", "2026-03-17",
		"a WebSocket's binaryType is 'blob' by default: binary messages arrive as Blobs, not ArrayBuffers"},
	{"web_socket_auto_reply_to_close", "web_socket_manual_reply_to_close", "2026-04-07",
		"a WebSocket that receives a close frame replies with one at once (unless accepted with allowHalfOpen)"},
	{"diagnostics_channel_has_subscribers_getter", "no_diagnostics_channel_has_subscribers_getter", "2026-05-19",
		"node:diagnostics_channel's Channel and TracingChannel have hasSubscribers as a getter, not a method"},
	{"throw_on_not_implemented_tls_options", "no_throw_on_not_implemented_tls_options", "2026-06-16",
		"tls.connect() and new tls.TLSSocket() throw ERR_OPTION_NOT_IMPLEMENTED for checkServerIdentity, which workerd ignored"},
	{"spec_compliant_dispatch_exceptions", "no_spec_compliant_dispatch_exceptions", "2026-09-15",
		"a throwing message listener is reported and followed by one messageerror event"},
	{"nodejs_process_version_24", "no_nodejs_process_version_24", "2026-11-24",
		"process.version is v24.22.2 instead of v22.23.4"},
	// workerd turns it on from 2026-12-22, after every date it (and mcrepl) accepts.
	{"fetch_redirect_error", "no_fetch_redirect_error", "",
		"a Request's or fetch()'s redirect may be 'error': a redirect response then rejects fetch() (before: only 'follow' and 'manual')"},
}

// An Implication is workerd's $impliedByAfterDate: Flag is on, unless its
// negation is given, when the compatibility date is on or after Date and
// one of By is on.
type Implication struct {
	Flag string   // enable name of the implied flag
	By   []string // enable names of the flags that imply it
	Date string   // YYYY-MM-DD
}

// Implied lists the implications among the registered flags, in Registry
// order of Flag: workerd applies them in one pass in schema order, each
// seeing the ones before it.
var Implied = []Implication{
	{"nodejs_compat_v2", []string{"nodejs_compat"}, "2024-09-23"},
	{"nodejs_zlib", []string{"nodejs_compat", "nodejs_compat_v2"}, "2024-09-23"},
	{"nodejs_compat_populate_process_env", []string{"nodejs_compat"}, "2025-04-01"},
	{"enable_nodejs_process_v2", []string{"nodejs_compat"}, "2025-09-15"},
	{"enable_nodejs_http_modules", []string{"nodejs_compat"}, "2025-08-15"},
	{"enable_nodejs_http_server_modules", []string{"enable_nodejs_http_modules"}, "2025-09-01"},
	{"enable_nodejs_fs_module", []string{"nodejs_compat"}, "2025-09-15"},
	{"enable_nodejs_os_module", []string{"nodejs_compat"}, "2025-09-15"},
	{"enable_nodejs_http2_module", []string{"nodejs_compat"}, "2025-09-01"},
	{"enable_nodejs_console_module", []string{"nodejs_compat"}, "2025-09-21"},
	{"enable_nodejs_vm_module", []string{"nodejs_compat"}, "2025-10-01"},
	{"enable_nodejs_perf_hooks_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_global_performance_classes", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_domain_module", []string{"nodejs_compat"}, "2025-12-04"},
	{"enable_nodejs_v8_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_tty_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_punycode_module", []string{"nodejs_compat"}, "2025-12-04"},
	{"enable_nodejs_cluster_module", []string{"nodejs_compat"}, "2025-12-04"},
	{"enable_nodejs_child_process_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_worker_threads_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_stream_wrap_module", []string{"nodejs_compat"}, "2026-01-29"},
	{"enable_nodejs_wasi_module", []string{"nodejs_compat"}, "2025-12-04"},
	{"enable_nodejs_dgram_module", []string{"nodejs_compat"}, "2026-01-29"},
	{"enable_nodejs_inspector_module", []string{"nodejs_compat"}, "2026-01-29"},
	{"enable_nodejs_trace_events_module", []string{"nodejs_compat"}, "2025-12-04"},
	{"enable_nodejs_readline_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_repl_module", []string{"nodejs_compat"}, "2026-03-17"},
	{"enable_nodejs_sqlite_module", []string{"nodejs_compat"}, "2026-01-29"},
	{"enable_nodejs_global_timers", []string{"nodejs_compat"}, "2026-02-10"},
}

// WorkerdRelease is the workerd release whose behaviour mcrepl reproduces
// (`workerd --version` of @cloudflare/workerd-linux-64 from npm).
const WorkerdRelease = "2026-12-01"

// NewestDate is the newest compatibility date mcrepl supports. WorkerdRelease
// accepts dates up to 2026-12-15, but from 2026-12-01 its temporal flag
// exposes the Temporal global, which goja lacks: mcrepl stops the day
// before, where every flag on by date is one mcrepl has or knows to be
// absent (workerd-flags.tsv).
const NewestDate = "2026-11-30"

// Lookup finds the registry entry that name enables or disables. It reports
// whether name is the enable flag, and ok=false for a name mcrepl does not
// know (names are case-sensitive, as in workerd).
func Lookup(name string) (f Flag, enable, ok bool) {
	for _, f := range Registry {
		switch name {
		case f.Name:
			return f, true, true
		case f.Negation:
			return f, false, true
		}
	}
	return Flag{}, false, false
}
