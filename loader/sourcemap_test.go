package loader

import (
	"slices"
	"testing"
)

func TestVLQRoundTrip(t *testing.T) {
	for _, fields := range [][]int{{0}, {1, 0, 2, -3}, {15, -16, 16, 1000, -1000, 0}, {123456789}} {
		seg := encodeVLQ(fields)
		if got := decodeVLQ(seg); !slices.Equal(got, fields) {
			t.Errorf("%v -> %q -> %v", fields, seg, got)
		}
	}
	// Examples from the source map specification's base64 VLQ table.
	for seg, want := range map[string][]int{"AAAA": {0, 0, 0, 0}, "C": {1}, "D": {-1}, "gB": {16}, "SAAS": {9, 0, 0, 9}} {
		if got := decodeVLQ(seg); !slices.Equal(got, want) {
			t.Errorf("decode %q = %v, want %v", seg, got, want)
		}
	}
	for _, bad := range []string{"g", "!"} {
		if got := decodeVLQ(bad); got != nil {
			t.Errorf("decode %q = %v, want nil", bad, got)
		}
	}
}

func TestShiftColumns(t *testing.T) {
	// Line 1: no mappings; line 2: a segment without a source, then two with
	// one; line 3: two segments. Generated columns restart on every line,
	// original columns are deltas over the whole map.
	in := ";" + encodeVLQ([]int{0}) + "," + encodeVLQ([]int{4, 0, 1, 2}) + "," + encodeVLQ([]int{3, 0, 0, 5}) +
		";" + encodeVLQ([]int{2, 0, 1, -7}) + "," + encodeVLQ([]int{6, 0, 0, 1})
	want := ";" + encodeVLQ([]int{1}) + "," + encodeVLQ([]int{4, 0, 1, 3}) + "," + encodeVLQ([]int{3, 0, 0, 5}) +
		";" + encodeVLQ([]int{3, 0, 1, -7}) + "," + encodeVLQ([]int{6, 0, 0, 1})
	if got := shiftColumns(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
