package encoding

import (
	"encoding/base64"

	"github.com/dop251/goja"
)

const atobInvalid = "atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)"

func (s *state) initBase64() {
	r := s.env.Realm
	s.atob = r.Func("atob", 0, func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 1 {
			typeErrorExecute(s.env, "atob", "ServiceWorkerGlobalScope", 1, "string")
		}
		b, ok := ForgivingBase64Decode(s.str(call.Argument(0)))
		if !ok {
			s.env.ThrowDOMException(atobInvalid, "InvalidCharacterError")
		}
		return latin1String(s.rt, b)
	})
	s.btoa = r.Func("btoa", 0, func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 1 {
			typeErrorExecute(s.env, "btoa", "ServiceWorkerGlobalScope", 1, "String")
		}
		noSymbol(s.env, call.Argument(0))
		b, ok := latin1Bytes(call.Argument(0))
		if !ok {
			s.env.ThrowDOMException("btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.", "InvalidCharacterError")
		}
		return s.rt.ToValue(Base64Encode(b))
	})
}

// ForgivingBase64Decode is the HTML standard's forgiving-base64 decode:
// ASCII whitespace removed, up to two '=' of padding when the length is a
// multiple of 4, no padding otherwise, and any leftover bits ignored. ok
// is false for input that is not base64 by those rules.
func ForgivingBase64Decode(s string) (b []byte, ok bool) {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t', '\n', '\f', '\r', ' ':
		default:
			buf = append(buf, c)
		}
	}
	if len(buf)%4 == 0 && len(buf) > 0 {
		switch {
		case buf[len(buf)-1] == '=' && buf[len(buf)-2] == '=':
			buf = buf[:len(buf)-2]
		case buf[len(buf)-1] == '=':
			buf = buf[:len(buf)-1]
		}
	}
	if len(buf)%4 == 1 {
		return nil, false
	}
	for _, c := range buf {
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/') {
			return nil, false
		}
	}
	// RawStdEncoding ignores nonzero leftover bits, as forgiving base64
	// does; the alphabet and length were checked above.
	out, err := base64.RawStdEncoding.DecodeString(string(buf))
	if err != nil {
		return nil, false
	}
	return out, true
}

// Base64Encode is btoa's encoding of bytes, with padding.
func Base64Encode(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// latin1String makes the JS string whose code units are b's bytes.
func latin1String(rt *goja.Runtime, b []byte) goja.Value {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return rt.ToValue(string(b))
	}
	u := make([]uint16, len(b))
	for i, c := range b {
		u[i] = uint16(c)
	}
	return goja.StringFromUTF16(u)
}

// latin1Bytes returns the code units of a JS string as bytes; ok is false
// when one is above U+00FF.
func latin1Bytes(v goja.Value) (b []byte, ok bool) {
	if units, ok := utf16Units(v); ok {
		b = make([]byte, len(units))
		for i, c := range units {
			if c > 0xff {
				return nil, false
			}
			b[i] = byte(c)
		}
		return b, true
	}
	s := v.String()
	b = make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return nil, false
		}
		b = append(b, byte(r))
	}
	return b, true
}
