package events

// SetEagerFields makes the realms built from now on give delivered MessageEvents their five
// own properties at once (the fallback of delivered.go), for tests that compare the two; it
// returns the function that undoes it.
func SetEagerFields(eager bool) (restore func()) {
	prev := eagerFields
	eagerFields = eager
	return func() { eagerFields = prev }
}

// SetSlowProps makes the realms define their properties through goja's public API only
// (props.go), for tests that compare the two; it returns the function that undoes it.
func SetSlowProps(slow bool) (restore func()) {
	prev := slowProps
	slowProps = slow
	return func() { slowProps = prev }
}

// SetStateInTables makes the realms built from now on keep the state of EventTargets,
// AbortSignals and AbortControllers in their tables, as when gojaprops cannot keep it with the
// objects (owned.go), for tests that compare the two; it returns the function that undoes it.
func SetStateInTables(tables bool) (restore func()) {
	prev := inTables
	inTables = tables
	return func() { inTables = prev }
}
