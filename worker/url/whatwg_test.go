package url

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// wptData is where the web-platform-tests' URL data lives on this machine
// (../shared/wpt, see its README); the tests skip when it is absent.
const wptData = "../../../shared/wpt/tests/wpt/url/resources/"

func readWPT(t testing.TB, name string, v any) {
	b, err := os.ReadFile(wptData + name)
	if err != nil {
		t.Skipf("web-platform-tests data not found (%v)", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// workerdAccepts are the inputs that the URL standard refuses and workerd
// (ada) accepts: an ASCII label starting with "xn--" is not checked to be
// valid Punycode. mcrepl does as workerd does.
var workerdAccepts = map[string]bool{
	"http://a.b.c.xn--pokxncvks": true, "http://10.0.0.xn--pokxncvks": true,
	"http://a.b.c.XN--pokxncvks": true, "http://a.b.c.Xn--pokxncvks": true,
	"http://10.0.0.XN--pokxncvks": true, "http://10.0.0.xN--pokxncvks": true,
	"file://xn--/p": true, "https://xn--/": true,
}

func TestURLTestData(t *testing.T) {
	var cases []json.RawMessage
	readWPT(t, "urltestdata.json", &cases)
	n := 0
	for _, raw := range cases {
		var c struct {
			Input, Href, Protocol, Username, Password, Host, Hostname, Port, Pathname, Search, Hash string
			Base                                                                                    *string
			Failure                                                                                 bool
		}
		if json.Unmarshal(raw, &c) != nil { // a comment string
			continue
		}
		n++
		u, ok := parse(c.Input, c.Base)
		if c.Failure {
			if ok && !workerdAccepts[c.Input] {
				t.Errorf("%q (base %v): parsed as %q, want failure", c.Input, c.Base, u.href())
			}
			continue
		}
		if !ok {
			t.Errorf("%q (base %v): failed, want %q", c.Input, c.Base, c.Href)
			continue
		}
		got := []string{u.href(), u.scheme + ":", u.username, u.password, u.hostPort(), u.hostname(), u.portString(), u.path, u.search(), u.hash()}
		want := []string{c.Href, c.Protocol, c.Username, c.Password, c.Host, c.Hostname, c.Port, c.Pathname, c.Search, c.Hash}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q (base %v):\n got %q\nwant %q", c.Input, c.Base, got, want)
		}
	}
	if n < 800 {
		t.Fatalf("only %d cases read", n)
	}
}

func TestSetterTestData(t *testing.T) {
	var data map[string]json.RawMessage
	readWPT(t, "setters_tests.json", &data)
	for setter, raw := range data {
		if setter == "comment" {
			continue
		}
		var cases []struct {
			Href     string            `json:"href"`
			NewValue string            `json:"new_value"`
			Expected map[string]string `json:"expected"`
		}
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			u, ok := parseURL(c.Href, nil)
			if !ok {
				t.Fatalf("%s: base %q does not parse", setter, c.Href)
			}
			o := &urlObj{u: u}
			applySetter(o, setter, c.NewValue)
			u = o.u
			got := map[string]string{"href": u.href(), "protocol": u.scheme + ":", "username": u.username,
				"password": u.password, "host": u.hostPort(), "hostname": u.hostname(), "port": u.portString(),
				"pathname": u.path, "search": u.search(), "hash": u.hash()}
			for k, want := range c.Expected {
				if got[k] != want && !(c.NewValue == "xn--" && strings.HasPrefix(setter, "host")) {
					t.Errorf("%q.%s = %q: %s is %q, want %q", c.Href, setter, c.NewValue, k, got[k], want)
				}
			}
		}
	}
}

// applySetter does what the URL class's setter of that name does.
func applySetter(o *urlObj, setter, v string) {
	for _, a := range urlAccessors {
		if a.name == setter && a.set != nil {
			a.set(o, v)
			return
		}
	}
	panic("no setter " + setter)
}

// FuzzParse: the parser never panics, and what it serializes parses back
// to the same serialization.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"http://a/b?c#d", "https://user:pw@[::1]:8080/x/../y", "file:///C|/a", "data:text/plain,a b ?q",
		"http://0x7f.1/", "non-special://h/%2e%2E/", "sc:\\../", "http://Bücher.example/", "blob:https://a/b", "//x", "\t h t t p : / / a"} {
		f.Add(s, "http://base.example/dir/file?q#f")
	}
	f.Fuzz(func(t *testing.T, input, base string) {
		b, ok := parseURL(base, nil)
		if !ok {
			b = nil
		}
		u, ok := parseURL(input, b)
		if !ok {
			return
		}
		href := u.href()
		again, ok := parseURL(href, nil)
		if !ok {
			t.Fatalf("%q (base %q) serialized as %q, which does not parse", input, base, href)
		}
		if again.href() != href {
			t.Fatalf("%q (base %q) serialized as %q, which parses as %q", input, base, href, again.href())
		}
	})
}
