package fetch

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/blob"
	"github.com/mcrepl/mcrepl/worker/events"
)

// formEntry is one entry of a FormData: a string value, or a File (value
// is then the File object). name and str are the bytes workerd keeps
// (blob.WTF8: a lone surrogate as WTF-8), compared as they are, encoded as
// they are, and read back as UTF-8 (three U+FFFD for a lone surrogate).
type formEntry struct {
	name  string
	str   string
	value *goja.Object // a File; nil for a string entry
}

type formData struct{ entries []formEntry }

// decodeEntry reads an entry's kept bytes back as a string.
func decodeEntry(b string) string { return blob.DecodeUTF8([]byte(b)) }

func (s *state) initFormData() {
	r, rt := s.realm, s.rt
	ctor, proto := r.Class("FormData", nil, func(call goja.ConstructorCall) *goja.Object {
		s.forms.put(call.This, &formData{})
		return nil
	})
	s.formDataCtor, s.formDataProto = ctor, proto
	this := func(call goja.FunctionCall) *formData {
		f := s.forms.get(call.This)
		if f == nil {
			s.throwTypeError(events.IllegalInvocation)
		}
		return f
	}
	arg := func(call goja.FunctionCall, method string, i int, what string) goja.Value {
		if i >= len(call.Arguments) {
			s.throwTypeError("Failed to execute '" + method + "' on 'FormData': parameter " + itoa(i+1) + " is not of type '" + what + "'.")
		}
		return call.Argument(i)
	}
	entry := func(call goja.FunctionCall, method string) formEntry {
		name := s.wtf8(arg(call, method, 0, "string"))
		v := arg(call, method, 1, "File or Blob or string")
		if blob.Of(s.env, v) != nil {
			return formEntry{name: name, value: s.toFile(v.(*goja.Object), blob.DecodeUTF8([]byte(name)), call.Argument(2))}
		}
		return formEntry{name: name, str: s.wtf8(v)}
	}
	value := func(e formEntry) goja.Value {
		if e.value != nil {
			return e.value
		}
		return rt.ToValue(decodeEntry(e.str))
	}
	r.Method(proto, "append", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		f.entries = append(f.entries, entry(call, "append"))
		return goja.Undefined()
	})
	r.Method(proto, "delete", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		name := s.wtf8(arg(call, "delete", 0, "string"))
		out := f.entries[:0]
		for _, e := range f.entries {
			if e.name != name {
				out = append(out, e)
			}
		}
		f.entries = out
		return goja.Undefined()
	})
	r.Method(proto, "get", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		name := s.wtf8(arg(call, "get", 0, "string"))
		for _, e := range f.entries {
			if e.name == name {
				return value(e)
			}
		}
		return goja.Null()
	})
	r.Method(proto, "getAll", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		name := s.wtf8(arg(call, "getAll", 0, "string"))
		var out []any
		for _, e := range f.entries {
			if e.name == name {
				out = append(out, value(e))
			}
		}
		return rt.NewArray(out...)
	})
	r.Method(proto, "has", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		name := s.wtf8(arg(call, "has", 0, "string"))
		for _, e := range f.entries {
			if e.name == name {
				return rt.ToValue(true)
			}
		}
		return rt.ToValue(false)
	})
	r.Method(proto, "set", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		ne := entry(call, "set")
		out := f.entries[:0]
		done := false
		for _, e := range f.entries {
			if e.name != ne.name {
				out = append(out, e)
			} else if !done {
				out = append(out, ne)
				done = true
			}
		}
		if !done {
			out = append(out, ne)
		}
		f.entries = out
		return goja.Undefined()
	})
	iter := func(tag string, item func(n string, v goja.Value) goja.Value) func(*formData) goja.Value {
		mk := iteratorKind(s, tag, func(e formEntry) goja.Value { return item(decodeEntry(e.name), value(e)) })
		// A FormData iterator walks the live list by index, as workerd's
		// does: entries appended while iterating are visited.
		return func(f *formData) goja.Value { return mk(func() []formEntry { return f.entries }) }
	}
	entries := iter("EntryIterator", func(n string, v goja.Value) goja.Value { return rt.NewArray(n, v) })
	keys := iter("KeyIterator", func(n string, _ goja.Value) goja.Value { return rt.ToValue(n) })
	values := iter("ValueIterator", func(_ string, v goja.Value) goja.Value { return v })
	r.Method(proto, "entries", func(call goja.FunctionCall) goja.Value { return entries(this(call)) })
	r.Method(proto, "keys", func(call goja.FunctionCall) goja.Value { return keys(this(call)) })
	r.Method(proto, "values", func(call goja.FunctionCall) goja.Value { return values(this(call)) })
	r.Method(proto, "forEach", func(call goja.FunctionCall) goja.Value {
		f := this(call)
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			s.throwTypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'function'.")
		}
		for i := 0; i < len(f.entries); i++ {
			e := f.entries[i]
			if _, err := fn(call.Argument(1), value(e), rt.ToValue(decodeEntry(e.name)), call.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	_ = proto.DefineDataPropertySymbol(goja.SymIterator, r.Func("", 0, func(call goja.FunctionCall) goja.Value {
		return entries(this(call))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	constructorLast(proto)
}

// toFile is FormData's "create an entry" for a Blob: a File named by
// filename, else the File's own name, else (workerd's choice; the
// standard says "blob") the entry's name.
func (s *state) toFile(o *goja.Object, entry string, filename goja.Value) *goja.Object {
	b := blob.Of(s.env, o)
	name, lastModified, isFile := b.IsFile()
	given := filename != nil && !goja.IsUndefined(filename)
	if isFile && !given {
		return o
	}
	if !isFile {
		name = entry
	}
	if given {
		name = s.kjString(filename)
	}
	if !isFile || given {
		// workerd's new File is made now, whatever the File it renames had.
		lastModified = float64(time.Now().UnixMilli())
	}
	return blob.NewFile(s.env, b.Bytes(), b.Type(), name, lastModified)
}

// encode is multipart/form-data encoding (HTML's "multipart/form-data
// encoding algorithm", with workerd's layout): the body and its boundary.
func (f *formData) encode(s *state) ([]byte, string) {
	var rnd [16]byte
	_, _ = rand.Read(rnd[:])
	boundary := hex.EncodeToString(rnd[:])
	var out bytes.Buffer
	// workerd escapes only LF and '"' in names and filenames, and sends
	// values as they are (a CR or a lone LF too).
	esc := strings.NewReplacer("\n", "%0A", `"`, "%22")
	for _, e := range f.entries {
		out.WriteString("--" + boundary + "\r\n")
		out.WriteString(`Content-Disposition: form-data; name="` + esc.Replace(e.name) + `"`)
		if e.value == nil {
			out.WriteString("\r\n\r\n")
			out.WriteString(e.str)
			out.WriteString("\r\n")
			continue
		}
		b := blob.Of(s.env, e.value)
		name, _, _ := b.IsFile()
		t := b.Type()
		if t == "" {
			t = "application/octet-stream"
		}
		out.WriteString(`; filename="` + esc.Replace(name) + "\"\r\n")
		out.WriteString("Content-Type: " + t + "\r\n\r\n")
		out.Write(b.Bytes())
		out.WriteString("\r\n")
	}
	out.WriteString("--" + boundary + "--")
	return out.Bytes(), boundary
}

// parseFormData is the body mixin's formData(), as workerd reads a body:
// the Content-Type parsed as a MIME type; multipart/form-data by workerd's
// own reader (parseMultipart), a part with a filename becoming a File whose
// type is the part's Content-Type verbatim (a string, as any other part,
// before formdata_parser_supports_files: 2021-11-03); application/x-www-form-urlencoded
// by kj's decoder (parseWWWForm), refused when a charset parameter names
// anything but UTF-8 (workerd does not transcode); else a TypeError.
func (s *state) parseFormData(h *headers, data []byte) goja.Value {
	rt := s.rt
	ct, _ := h.get("content-type")
	mt, ok := parseMIMEType(ct)
	o := rt.CreateObject(s.formDataProto)
	f := &formData{}
	s.forms.put(o, f)
	switch {
	case ok && mt.essence == "application/x-www-form-urlencoded":
		if cs, has := mt.params["charset"]; has && !isUTF8Label(cs) {
			s.throwTypeError("Non-utf-8 application/x-www-form-urlencoded body.")
		}
		for _, kv := range parseWWWForm(data) {
			f.entries = append(f.entries, formEntry{name: kv[0], str: kv[1]})
		}
	case ok && mt.essence == "multipart/form-data":
		boundary, has := mt.params["boundary"]
		if !has {
			s.throwTypeError("No boundary string in Content-Type header. The multipart/form-data MIME type requires a boundary parameter, e.g. 'Content-Type: multipart/form-data; boundary=\"abcd\"'. See RFC 7578, section 4.")
		}
		parts, err := parseMultipart(data, boundary)
		if err != nil {
			s.throwTypeError(err.Error())
		}
		now := float64(time.Now().UnixMilli())
		files := s.env.Flags.Enabled("formdata_parser_supports_files")
		for _, p := range parts {
			name := blob.DecodeUTF8([]byte(p.name))
			if p.isFile && files {
				v := blob.NewFile(s.env, p.data, p.contentType, blob.DecodeUTF8([]byte(p.filename)), now)
				f.entries = append(f.entries, formEntry{name: name, value: v})
				continue
			}
			f.entries = append(f.entries, formEntry{name: name, str: blob.DecodeUTF8(p.data)})
		}
	default:
		s.throwTypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded")
	}
	return o
}

// isUTF8Label reports the charset names workerd accepts for a urlencoded
// body (compared case-insensitively, no other label of the Encoding
// standard's UTF-8).
func isUTF8Label(cs string) bool {
	return strings.EqualFold(cs, "utf-8") || strings.EqualFold(cs, "utf8") || strings.EqualFold(cs, "unicode-1-1-utf-8")
}

// parseWWWForm is workerd's application/x-www-form-urlencoded parser (kj's
// decodeWwwForm): pairs split at '&' and the first '=', '+' a space, and a
// '%' followed by one or two hex digits the byte they spell, a '%' with
// none dropped (the URL standard keeps "%zz" as it is); the bytes are then
// read as UTF-8.
func parseWWWForm(data []byte) [][2]string {
	var out [][2]string
	for _, part := range bytes.Split(data, []byte("&")) {
		if len(part) == 0 {
			continue
		}
		name, value, _ := bytes.Cut(part, []byte("="))
		out = append(out, [2]string{decodeWWW(name), decodeWWW(value)})
	}
	return out
}

func decodeWWW(b []byte) string {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '+':
			out = append(out, ' ')
		case c == '%':
			if i+1 < len(b) && isHex(b[i+1]) {
				v := unhex(b[i+1])
				i++
				if i+1 < len(b) && isHex(b[i+1]) {
					v = v<<4 | unhex(b[i+1])
					i++
				}
				out = append(out, v)
			}
		default:
			out = append(out, c)
		}
	}
	return blob.DecodeUTF8(out)
}
