// Package runeset is sets of Unicode code points as sorted, disjoint,
// non-adjacent ranges: what mcrepl computes regular expression classes with
// (URLPattern's v-flag classes, the expansion of \p{...} escapes) before it
// writes them out as plain classes.
package runeset

import (
	"sort"
	"unicode"
)

// Range is a closed range of code points.
type Range struct{ Lo, Hi rune }

// Set is a set of code points; Norm makes any list of ranges one.
type Set []Range

// Norm sorts and merges s's ranges (in place) and returns the result.
func (s Set) Norm() Set {
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	var out Set
	for _, r := range s {
		if n := len(out); n > 0 && r.Lo <= out[n-1].Hi+1 {
			out[n-1].Hi = max(out[n-1].Hi, r.Hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

// Complement is every code point outside s (a normalized set).
func (s Set) Complement() Set {
	var out Set
	next := rune(0)
	for _, r := range s {
		if r.Lo > next {
			out = append(out, Range{next, r.Lo - 1})
		}
		next = r.Hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, Range{next, unicode.MaxRune})
	}
	return out
}

// Intersect is the code points in both s and t.
func (s Set) Intersect(t Set) Set {
	var out Set
	for _, a := range s {
		for _, b := range t {
			if lo, hi := max(a.Lo, b.Lo), min(a.Hi, b.Hi); lo <= hi {
				out = append(out, Range{lo, hi})
			}
		}
	}
	return out.Norm()
}

// Subtract is the code points of s not in t.
func (s Set) Subtract(t Set) Set { return s.Intersect(t.Complement()) }

// FromTables is the union of Go's Unicode tables, normalized.
func FromTables(tabs ...*unicode.RangeTable) Set {
	var s Set
	add := func(lo, hi, stride uint32) {
		if stride == 1 {
			s = append(s, Range{rune(lo), rune(hi)})
			return
		}
		for c := lo; c <= hi; c += stride {
			s = append(s, Range{rune(c), rune(c)})
		}
	}
	for _, t := range tabs {
		for _, r := range t.R16 {
			add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
		}
		for _, r := range t.R32 {
			add(r.Lo, r.Hi, r.Stride)
		}
	}
	return s.Norm()
}
