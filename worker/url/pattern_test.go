package url_test

import "testing"

// TestPatternOptionalGroups checks the value of an optional group that
// matched nothing: "" when it took part in the match (its "/" prefix or
// the other text of its {...} was matched), undefined when it did not.
// The expected lines are what workerd 2026-11-17 prints for the same
// calls (compatibility date 2025-08-15), recorded with workerd test.
func TestPatternOptionalGroups(t *testing.T) {
	const src = `const show = (p, i) => { const r = new URLPattern(p).exec(i); console.log(JSON.stringify(p), JSON.stringify(i), r ? JSON.stringify(r.pathname.groups, (k, v) => v === undefined ? "UNDEF" : v) : null); };
show({pathname: "/foo/(.*)?"}, {pathname: "/foo/"});
show({pathname: "/foo/(.*)?"}, {pathname: "/foo"});
show({pathname: "/foo/*?"}, {pathname: "/foo/"});
show({pathname: "/foo/**"}, {pathname: "/foo/"});
show({pathname: "/foo/**"}, {pathname: "/foo"});
show({pathname: "/foo/(.*)*"}, {pathname: "/foo/"});
show({pathname: "/foo/:bar?"}, {pathname: "/foo"});
show({pathname: "/foo{/:bar}?"}, {pathname: "/foo"});
show({pathname: "/foo{/:bar}?"}, {pathname: "/foo/"});
show({pathname: "/foo{-(.*)-}?"}, {pathname: "/foo--"});
show({pathname: "/foo{(.*)}?"}, {pathname: "/foo"});
show({pathname: "/foo(.*)?"}, {pathname: "/foo"});
show({pathname: "/:a?/:b?"}, {pathname: "/"});
`
	const want = `{"pathname":"/foo/(.*)?"} {"pathname":"/foo/"} {"0":""}
{"pathname":"/foo/(.*)?"} {"pathname":"/foo"} {"0":"UNDEF"}
{"pathname":"/foo/*?"} {"pathname":"/foo/"} {"0":""}
{"pathname":"/foo/**"} {"pathname":"/foo/"} {"0":""}
{"pathname":"/foo/**"} {"pathname":"/foo"} {"0":"UNDEF"}
{"pathname":"/foo/(.*)*"} {"pathname":"/foo/"} {"0":""}
{"pathname":"/foo/:bar?"} {"pathname":"/foo"} {"bar":"UNDEF"}
{"pathname":"/foo{/:bar}?"} {"pathname":"/foo"} {"bar":"UNDEF"}
{"pathname":"/foo{/:bar}?"} {"pathname":"/foo/"} null
{"pathname":"/foo{-(.*)-}?"} {"pathname":"/foo--"} {"0":""}
{"pathname":"/foo{(.*)}?"} {"pathname":"/foo"} {"0":"UNDEF"}
{"pathname":"/foo(.*)?"} {"pathname":"/foo"} {"0":"UNDEF"}
{"pathname":"/:a?/:b?"} {"pathname":"/"} null
`
	if got := run(t, src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
