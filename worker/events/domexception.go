package events

import (
	"strings"

	"github.com/dop251/goja"
)

// domExceptionCode is the legacy code of a DOMException name: WebIDL's table plus the three
// names WebIDL dropped and workerd keeps (DOMStringSizeError 2, NoDataAllowedError 6,
// ValidationError 16); every other name has code 0. A switch, not a map built at every
// start-up.
func domExceptionCode(name string) int {
	switch name {
	case "IndexSizeError":
		return 1
	case "DOMStringSizeError":
		return 2
	case "HierarchyRequestError":
		return 3
	case "WrongDocumentError":
		return 4
	case "InvalidCharacterError":
		return 5
	case "NoDataAllowedError":
		return 6
	case "NoModificationAllowedError":
		return 7
	case "NotFoundError":
		return 8
	case "NotSupportedError":
		return 9
	case "InUseAttributeError":
		return 10
	case "InvalidStateError":
		return 11
	case "SyntaxError":
		return 12
	case "InvalidModificationError":
		return 13
	case "NamespaceError":
		return 14
	case "InvalidAccessError":
		return 15
	case "ValidationError":
		return 16
	case "TypeMismatchError":
		return 17
	case "SecurityError":
		return 18
	case "NetworkError":
		return 19
	case "AbortError":
		return 20
	case "URLMismatchError":
		return 21
	case "QuotaExceededError":
		return 22
	case "TimeoutError":
		return 23
	case "InvalidNodeTypeError":
		return 24
	case "DataCloneError":
		return 25
	}
	return 0
}

// domExceptionConstants are the code constants on DOMException and its
// prototype, in WebIDL order. As in workerd they are configurable (WebIDL
// says not).
var domExceptionConstants = []struct {
	name string
	code int
}{
	{"INDEX_SIZE_ERR", 1}, {"DOMSTRING_SIZE_ERR", 2}, {"HIERARCHY_REQUEST_ERR", 3},
	{"WRONG_DOCUMENT_ERR", 4}, {"INVALID_CHARACTER_ERR", 5}, {"NO_DATA_ALLOWED_ERR", 6},
	{"NO_MODIFICATION_ALLOWED_ERR", 7}, {"NOT_FOUND_ERR", 8}, {"NOT_SUPPORTED_ERR", 9},
	{"INUSE_ATTRIBUTE_ERR", 10}, {"INVALID_STATE_ERR", 11}, {"SYNTAX_ERR", 12},
	{"INVALID_MODIFICATION_ERR", 13}, {"NAMESPACE_ERR", 14}, {"INVALID_ACCESS_ERR", 15},
	{"VALIDATION_ERR", 16}, {"TYPE_MISMATCH_ERR", 17}, {"SECURITY_ERR", 18},
	{"NETWORK_ERR", 19}, {"ABORT_ERR", 20}, {"URL_MISMATCH_ERR", 21},
	{"QUOTA_EXCEEDED_ERR", 22}, {"TIMEOUT_ERR", 23}, {"INVALID_NODE_TYPE_ERR", 24},
	{"DATA_CLONE_ERR", 25},
}

type domException struct {
	name, message string
}

func (r *Realm) initDOMException() {
	c, proto := r.Class("DOMException", r.errorProto, func(call goja.ConstructorCall) *goja.Object {
		msg, name := "", "Error"
		if v := call.Argument(0); !goja.IsUndefined(v) {
			msg = r.DOMString(v)
		}
		if v := call.Argument(1); !goja.IsUndefined(v) {
			name = r.DOMString(v)
		}
		return r.newDOMException(msg, name, call.This.Prototype())
	})
	r.domExceptionProto = proto
	reserve(c, len(domExceptionConstants))
	reserve(proto, len(domExceptionConstants))
	for _, k := range domExceptionConstants {
		v := r.rt.ToValue(k.code)
		r.defineData(c, k.name, v, false, true, true)
		r.defineData(proto, k.name, v, false, true, true)
	}
}

// newDOMException builds a DOMException as workerd has it: not an Error
// object (Error.isError says false, console.log shows its fields) but an
// object whose prototype chain reaches Error.prototype, with code, name and
// message as own read-only, enumerable, configurable data properties, in
// that order, then stack. workerd's stack is an accessor (V8's
// captureStackTrace); here it is a writable data property.
func (r *Realm) newDOMException(message, name string, proto *goja.Object) *goja.Object {
	o := r.rt.CreateObject(proto)
	r.domex.put(o, &domException{name: name, message: message})
	_ = o.DefineDataProperty("code", r.rt.ToValue(domExceptionCode(name)), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = o.DefineDataProperty("name", r.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = o.DefineDataProperty("message", r.rt.ToValue(message), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	head := name
	if message != "" {
		head += ": " + message
	}
	_ = o.DefineDataProperty("stack", r.rt.ToValue(head+stackTail(r.rt)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return o
}

// stackTail is the current JS call stack as "\n    at ..." lines.
func stackTail(rt *goja.Runtime) string {
	s := ""
	for _, f := range rt.CaptureCallStack(0, nil) {
		if name := f.Position().Filename; name == "" || strings.HasPrefix(name, "mcrepl:") {
			// Native frames, and mcrepl's own (its entry into handlers).
			continue
		}
		p := f.Position()
		fn := f.FuncName()
		loc := p.Filename + ":" + itoa(p.Line) + ":" + itoa(p.Column)
		if fn != "" && fn != "<anonymous>" {
			s += "\n    at " + fn + " (" + loc + ")"
		} else {
			s += "\n    at " + loc
		}
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// NewDOMException builds a DOMException with message and name.
func (r *Realm) NewDOMException(message, name string) *goja.Object {
	return r.newDOMException(message, name, r.domExceptionProto)
}

// NewDOMExceptionWithStack builds a DOMException with an explicit stack
// (a structured clone of one).
func (r *Realm) NewDOMExceptionWithStack(message, name, stack string) *goja.Object {
	o := r.newDOMException(message, name, r.domExceptionProto)
	if stack != "" {
		_ = o.DefineDataProperty("stack", r.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return o
}

// AsDOMException recognises a DOMException and returns its name, message
// and stack.
func (r *Realm) AsDOMException(o *goja.Object) (name, message, stack string, ok bool) {
	d := r.domex.get(o)
	if d == nil {
		return "", "", "", false
	}
	if s, isStr := o.Get("stack").Export().(string); isStr {
		stack = s
	}
	return d.name, d.message, stack, true
}
