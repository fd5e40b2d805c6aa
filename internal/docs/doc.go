// Package docs holds the test that keeps the examples in docs/*.md true: it
// runs every checkable example block with a freshly built mcrepl and compares
// the output with what the page shows. It has no code of its own; see
// docs/README.md for the convention and docs_test.go for the details.
package docs
