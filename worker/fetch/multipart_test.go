package fetch

import (
	"strings"
	"testing"
)

// The expectations are the real workerd's (case 1508 records the same
// inputs through formData()).
func TestParseMIMEType(t *testing.T) {
	for _, c := range []struct {
		in, essence, param, value string
		ok, has                   bool
	}{
		{"multipart/form-data; boundary=B", "multipart/form-data", "boundary", "B", true, true},
		{"MULTIPART/FORM-DATA; BOUNDARY=B", "multipart/form-data", "boundary", "B", true, true},
		{`multipart/form-data; boundary="a\"b"`, "multipart/form-data", "boundary", `a"b`, true, true},
		{"multipart/form-data;boundary=B;boundary=C", "multipart/form-data", "boundary", "B", true, true},
		{"multipart/form-data; boundary=B C ", "multipart/form-data", "boundary", "B C", true, true},
		{"multipart/form-data; boundary =B", "multipart/form-data", "boundary", "", true, false},
		{"multipart/form-data;;boundary=B", "multipart/form-data", "boundary", "B", true, true},
		{`multipart/form-data; boundary="B`, "multipart/form-data", "boundary", "B", true, true},
		{`multipart/form-data; boundary="B"x; y=1`, "multipart/form-data", "boundary", "B", true, true},
		{`multipart/form-data; boundary=""`, "multipart/form-data", "boundary", "", true, true},
		{"multipart/form-data; boundary=", "multipart/form-data", "boundary", "", true, false},
		{"multipart/form-data; boundary=B\x01", "multipart/form-data", "boundary", "", true, false},
		{"application/x-www-form-urlencoded;charset", "application/x-www-form-urlencoded", "charset", "", true, false},
		{"multipart/form-data/x; boundary=B", "", "", "", false, false},
		{"multipart /form-data", "", "", "", false, false},
		{"application/x-www-form-urlencoded, text/plain", "", "", "", false, false},
		{"/x", "", "", "", false, false},
		{"text", "", "", "", false, false},
	} {
		m, ok := parseMIMEType(c.in)
		if ok != c.ok || m.essence != c.essence {
			t.Errorf("%q: got %q %v, want %q %v", c.in, m.essence, ok, c.essence, c.ok)
			continue
		}
		if v, has := m.params[c.param]; ok && (has != c.has || v != c.value) {
			t.Errorf("%q: %s = %q %v, want %q %v", c.in, c.param, v, has, c.value, c.has)
		}
	}
}

func TestParseMultipart(t *testing.T) {
	const d = "Content-Disposition: form-data; name=\"x\""
	for _, c := range []struct{ in, want string }{
		{"--B\r\n" + d + "\r\n\r\nval\r\n--B--\r\n", "x=val"},
		{"--B\n" + d + "\n\nval\n--B--", "x=val"},
		{"junk\r\n--B\r\n" + d + "\r\n\r\nval\r\n--B--junk", "x=val"},
		{"--B\r\n" + d + "\r\n\r\n1\r\n--B\r\n" + strings.Replace(d, `"x"`, `"y"`, 1) + "\r\n\r\n2\r\n--B--", "x=1 y=2"},
		{"--B\r\nContent-Disposition: form-data; name=\"x\"; filename=\"f\"\r\nContent-Type: Text/X \r\ncontent-type: b\r\n\r\nv\r\r\n--B--", "x=v\r file=f type=Text/X , b"},
		{"--B\r\nContent-Disposition: form-data; foo=\"1\"; name=\"a\\\"b\"; name=\"c\\nd\"x; filename=\"f\"\r\n\r\nv\r\n--B--", "cnd=v"},
		{"--B\r\nContent-Disposition: form-data; name=\"x\"; filename=\"\"\r\n\r\nv\r\n--B--", "x=v"},
		{"--B\r\n" + d + "\rX-A: a\x01b\x7f\r\n\r\nv\r\n--B--", "x=v"},
		{"--B--", ""},
		{"", "error No initial boundary string (or you have a truncated message)."},
		{"--B", "error No initial boundary string (or you have a truncated message)."},
		{"--Bxx\r\n", "error Boundary string was not succeeded by CRLF, LF, or '--'."},
		{"--B\r\n" + d + "\r\n", "error No multipart message header termination found."},
		{"--B\r\n" + d + "\r\n\r\nval", "error No subsequent boundary string after multipart message."},
		{"--B\r\nContent-Type: text/plain\r\n\r\nv\r\n--B--", "error No valid Content-Disposition header found in FormData part."},
		{"--B\r\nContent-Disposition: ;name=\"x\"\r\n\r\nv\r\n--B--", "error Invalid Content-Disposition header found in FormData part."},
		{"--B\r\nContent-Disposition: FORM-DATA; name=\"x\"\r\n\r\nv\r\n--B--", `error Content-Disposition header for FormData part must have the value "form-data", possibly followed by parameters. Got: "FORM-DATA"`},
		{"--B\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nv\r\n--B--", "error Content-Disposition header in FormData part is missing a name."},
		{"--B\r\nContent-Disposition : form-data; name=\"x\"\r\n\r\nv\r\n--B--", "error FormData part had invalid headers."},
		{"--B\r\n" + d + "\r\n\tmore\r\n\r\nv\r\n--B--", "error FormData part had invalid headers."},
		{"--B\r\n" + d + "\r\nX(A): b\r\n\r\nv\r\n--B--", "error FormData part had invalid headers."},
		{"--B\r\n" + d + "\r\nX-A: a\x00b\r\n\r\nv\r\n--B--", "error FormData part had invalid headers."},
	} {
		if got := describe(parseMultipart([]byte(c.in), "B")); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func describe(parts []part, err error) string {
	if err != nil {
		return "error " + err.Error()
	}
	var out []string
	for _, p := range parts {
		s := p.name + "=" + string(p.data)
		if p.isFile {
			s += " file=" + p.filename
			if p.contentType != "" {
				s += " type=" + p.contentType
			}
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// FuzzParseMultipart checks that any body and boundary parse without a
// panic, and that every part found lies within the body.
func FuzzParseMultipart(f *testing.F) {
	f.Add([]byte("--B\r\nContent-Disposition: form-data; name=\"x\"; filename=\"f\"\r\nContent-Type: t\r\n\r\nval\r\n--B--"), "B")
	f.Add([]byte("--\n\n\n--"), "")
	f.Fuzz(func(t *testing.T, body []byte, boundary string) {
		parts, err := parseMultipart(body, boundary)
		if err != nil && parts != nil {
			t.Fatalf("parts with an error: %v", err)
		}
		for _, p := range parts {
			if len(p.data) > len(body) || !strings.Contains(string(body), string(p.data)) {
				t.Fatalf("part data %q is not from the body", p.data)
			}
		}
		_, _ = parseMIMEType("multipart/form-data; boundary=" + boundary)
	})
}
