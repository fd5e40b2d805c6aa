package loader

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// goja reads the inline source map at the end of a program and maps every
// stack position through it, but it looks up 1-based columns in a library
// that counts them from 0, and prints the 0-based original column it gets
// back. fixSourceMap shifts every generated and every original column of the
// map by one, so that lookups land on the right segment and the columns
// printed are 1-based, as V8 prints them and as goja prints a classic
// script's.
func fixSourceMap(raw []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	if s, ok := m["mappings"].(string); ok {
		m["mappings"] = shiftColumns(s)
	}
	return json.Marshal(m)
}

// inlineSourceMap is the comment that carries a source map inside the code.
func inlineSourceMap(m []byte) string {
	return "//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString(m)
}

// shiftColumns adds one to every generated and original column of a source
// map's "mappings". Generated columns restart at each line, so the first
// segment of every line moves; original columns are deltas across the whole
// map, so only the first segment that has one moves.
func shiftColumns(mappings string) string {
	lines := strings.Split(mappings, ";")
	sourceDone := false
	for i, line := range lines {
		if line == "" {
			continue
		}
		first, rest, _ := strings.Cut(line, ",")
		fields := decodeVLQ(first)
		if fields == nil {
			continue
		}
		fields[0]++
		if !sourceDone && len(fields) >= 4 {
			fields[3]++
			sourceDone = true
		}
		seg := encodeVLQ(fields)
		if !sourceDone && rest != "" {
			// The line's first segment has no source: shift the first
			// later segment in this line that has one.
			segs := strings.Split(rest, ",")
			for j, s := range segs {
				f := decodeVLQ(s)
				if len(f) >= 4 {
					f[3]++
					segs[j] = encodeVLQ(f)
					sourceDone = true
					break
				}
			}
			rest = strings.Join(segs, ",")
		}
		if rest != "" {
			seg += "," + rest
		}
		lines[i] = seg
	}
	return strings.Join(lines, ";")
}

const vlqDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeVLQ decodes a segment's base64 VLQ fields; nil if it is malformed.
func decodeVLQ(seg string) []int {
	var out []int
	value, shift := 0, 0
	for i := 0; i < len(seg); i++ {
		d := strings.IndexByte(vlqDigits, seg[i])
		if d < 0 {
			return nil
		}
		value += (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		n := value >> 1
		if value&1 != 0 {
			n = -n
		}
		out = append(out, n)
		value, shift = 0, 0
	}
	if shift != 0 {
		return nil
	}
	return out
}

func encodeVLQ(fields []int) string {
	var b strings.Builder
	for _, n := range fields {
		v := n << 1
		if n < 0 {
			v = (-n)<<1 | 1
		}
		for {
			d := v & 31
			v >>= 5
			if v != 0 {
				d |= 32
			}
			b.WriteByte(vlqDigits[d])
			if v == 0 {
				break
			}
		}
	}
	return b.String()
}
