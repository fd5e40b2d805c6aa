package events

import "testing"

// The codes as the map literal had them before domExceptionCode was a switch.
var oldDOMExceptionCodes = map[string]int{
	"IndexSizeError": 1, "DOMStringSizeError": 2, "NoDataAllowedError": 6, "ValidationError": 16,
	"HierarchyRequestError": 3, "WrongDocumentError": 4,
	"InvalidCharacterError": 5, "NoModificationAllowedError": 7, "NotFoundError": 8,
	"NotSupportedError": 9, "InUseAttributeError": 10, "InvalidStateError": 11,
	"SyntaxError": 12, "InvalidModificationError": 13, "NamespaceError": 14,
	"InvalidAccessError": 15, "TypeMismatchError": 17, "SecurityError": 18,
	"NetworkError": 19, "AbortError": 20, "URLMismatchError": 21,
	"QuotaExceededError": 22, "TimeoutError": 23, "InvalidNodeTypeError": 24,
	"DataCloneError": 25,
}

func TestDOMExceptionCode(t *testing.T) {
	for name, code := range oldDOMExceptionCodes {
		if got := domExceptionCode(name); got != code {
			t.Errorf("%s: %d, want %d", name, got, code)
		}
	}
	for _, name := range []string{"", "Error", "OperationError", "indexSizeError", "DataError"} {
		if got := domExceptionCode(name); got != 0 {
			t.Errorf("%q: %d, want 0", name, got)
		}
	}
}
