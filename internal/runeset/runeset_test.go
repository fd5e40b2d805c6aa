package runeset

import (
	"reflect"
	"testing"
	"unicode"
)

func TestSetOperations(t *testing.T) {
	s := Set{{'d', 'f'}, {'a', 'b'}, {'c', 'c'}, {'x', 'z'}}.Norm()
	if want := (Set{{'a', 'f'}, {'x', 'z'}}); !reflect.DeepEqual(s, want) {
		t.Errorf("Norm = %v, want %v", s, want)
	}
	if got, want := s.Intersect(Set{{'e', 'y'}}), (Set{{'e', 'f'}, {'x', 'y'}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Intersect = %v, want %v", got, want)
	}
	if got, want := s.Subtract(Set{{'b', 'e'}}), (Set{{'a', 'a'}, {'f', 'f'}, {'x', 'z'}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Subtract = %v, want %v", got, want)
	}
	c := s.Complement()
	if c[0] != (Range{0, 'a' - 1}) || c[len(c)-1] != (Range{'z' + 1, unicode.MaxRune}) || !reflect.DeepEqual(c.Complement(), s) {
		t.Errorf("Complement = %v", c)
	}
	if got := FromTables(unicode.ASCII_Hex_Digit); !reflect.DeepEqual(got, Set{{'0', '9'}, {'A', 'F'}, {'a', 'f'}}) {
		t.Errorf("FromTables(ASCII_Hex_Digit) = %v", got)
	}
	// A table with a stride lists its points.
	if got := FromTables(&unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'e', Stride: 2}}}); !reflect.DeepEqual(got, Set{{'a', 'a'}, {'c', 'c'}, {'e', 'e'}}) {
		t.Errorf("strided = %v", got)
	}
}
