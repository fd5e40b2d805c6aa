package command

import (
	"reflect"
	"slices"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestCachedNamesAreFlagNames checks that every option of every command
// answers Names as urfave's own definition would, and keeps the interfaces
// through which urfave reads the definition (help, completion, actions).
func TestCachedNamesAreFlagNames(t *testing.T) {
	e, _, _ := testEnv("", nil)
	app := e.app()
	seen := 0
	check := func(where string, fs []cli.Flag) {
		for _, f := range fs {
			v := reflect.ValueOf(f).Elem()
			inner := f
			if v.Type().Name() != "" && v.Type().PkgPath() != reflect.TypeFor[cli.App]().PkgPath() {
				inner = v.Field(0).Interface().(cli.Flag) // the wrapped definition
				seen++
			}
			want := cli.FlagNames(v.FieldByName("Name").String(), v.FieldByName("Aliases").Interface().([]string))
			if got := f.Names(); !slices.Equal(got, want) {
				t.Errorf("%s: %T.Names() = %q, urfave's FlagNames %q", where, f, got, want)
			}
			if got := inner.Names(); !slices.Equal(got, want) {
				t.Errorf("%s: wrapped %T.Names() = %q, want %q", where, inner, got, want)
			}
			for _, iface := range []reflect.Type{
				reflect.TypeFor[cli.DocGenerationFlag](), reflect.TypeFor[cli.DocGenerationSliceFlag](),
				reflect.TypeFor[cli.VisibleFlag](), reflect.TypeFor[cli.ActionableFlag](),
				reflect.TypeFor[cli.RequiredFlag](), reflect.TypeFor[cli.CategorizableFlag](),
				reflect.TypeFor[cli.Countable](),
			} {
				if reflect.TypeOf(inner).Implements(iface) != reflect.TypeOf(f).Implements(iface) {
					t.Errorf("%s: %T and %T differ on %v", where, f, inner, iface)
				}
			}
		}
	}
	check("app", app.Flags)
	for _, c := range app.Commands {
		check(c.Name, c.Flags)
	}
	if seen == 0 {
		t.Fatal("no option is wrapped")
	}
}
