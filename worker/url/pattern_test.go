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

// TestPatternVFlagClasses checks the classes of the v flag, with which
// URLPattern compiles its regexps: nested classes, -- and &&. The
// expected lines are workerd's, recorded as for TestPatternOptionalGroups.
func TestPatternVFlagClasses(t *testing.T) {
	const src = `const t = (p, i) => { try { const u = new URLPattern({pathname: p}); const r = u.exec({pathname: i}); console.log(p, i, u.pathname, r ? JSON.stringify(r.pathname.groups) : null); } catch (e) { console.log(p, i, e.name); } };
t("/([[a-z]--a])", "/z"); t("/([[a-z]--a])", "/a"); t("/([\\d&&[0-1]])", "/0"); t("/([\\d&&[0-1]])", "/3");
t("/([^[a-z]--[xyz]])", "/b"); t("/([[a-z]--[xyz]])", "/x"); t("/([\\w--\\d])+", "/ab"); t("/([a-c])", "/b"); t("/([[]])", "/b");
console.log(new URLPattern("http://h/([[a-z]--a])").pathname);
`
	const want = `/([[a-z]--a]) /z /([[a-z]--a]) {"0":"z"}
/([[a-z]--a]) /a /([[a-z]--a]) null
/([\d&&[0-1]]) /0 /([\d&&[0-1]]) {"0":"0"}
/([\d&&[0-1]]) /3 /([\d&&[0-1]]) null
/([^[a-z]--[xyz]]) /b /([^[a-z]--[xyz]]) null
/([[a-z]--[xyz]]) /x /([[a-z]--[xyz]]) null
/([\w--\d])+ /ab /([\w--\d])+ null
/([a-c]) /b /([a-c]) {"0":"b"}
/([[]]) /b /([[]]) null
/([[a-z]--a])
`
	if got := run(t, src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
