package streams

// SetStateInProperty makes the package keep its objects' state in a
// property (the fallback when gojaprops cannot relocate), for tests that
// compare the two ways. Not safe while isolates run.
func SetStateInProperty(b bool) { inProperty = b }
