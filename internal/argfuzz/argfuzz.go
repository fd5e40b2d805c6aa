// Package argfuzz holds the structural argument fuzz of the Worker's APIs
// (testdata/mutate.mjs, run by TestMutatedArgumentsNeverCrash): valid calls
// of Web Crypto, encoding, URL, Blob, fetch, streams, events, the channel,
// timers, HTMLRewriter and the builtins, each with one argument or one
// member of an argument (to depth 3) replaced at a time by a bad value
// (holes, sparse arrays, throwing proxies, huge numbers, null-prototype
// objects). Worker/node's TestBadArgumentsNeverCrash passes bad values as
// whole arguments; this one reaches the members of option dictionaries and
// the elements of sequences, where a nil goja.Value used to become a Go
// panic. The package has no code of its own beyond this comment.
package argfuzz
