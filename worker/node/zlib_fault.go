package node

// deflateFault names what is wrong with deflate data that compress/flate
// refused, with zlib's message: compress/flate says only where. It walks the
// blocks as zlib's inflate does (RFC 1951, and zlib's checks of the code
// sets in inftrees.c), counting the output without keeping it, so that a
// distance can be checked against the bytes before it. It returns "" when it
// finds no fault in data, with short when the data stops first (zlib would
// wait for more), without when compress/flate refused something zlib takes.
func deflateFault(data []byte, dictLen, window int) (msg string, short bool) {
	v := &faultReader{data: data}
	msg = v.blocks(dictLen, window)
	return msg, msg == "" && v.short
}

func (v *faultReader) blocks(dictLen, window int) string {
	out := 0
	for {
		final, err := v.bits(1)
		if err {
			return ""
		}
		typ, err := v.bits(2)
		if err {
			return ""
		}
		var msg string
		switch typ {
		case 0:
			msg = v.stored(&out)
		case 1:
			lit, dist := fixedLengths()
			msg = v.codes(lit, dist, &out, dictLen, window)
		case 2:
			msg = v.dynamic(&out, dictLen, window)
		default:
			return "invalid block type"
		}
		if msg != "" || v.short {
			return msg
		}
		if final == 1 {
			return ""
		}
	}
}

type faultReader struct {
	data  []byte
	pos   int
	bit   uint
	short bool // the data ended
}

// bits reads n bits, least significant first; true when the data ends.
func (v *faultReader) bits(n uint) (int, bool) {
	r := 0
	for i := uint(0); i < n; i++ {
		if v.pos >= len(v.data) {
			v.short = true
			return 0, true
		}
		r |= int(v.data[v.pos]>>v.bit&1) << i
		if v.bit++; v.bit == 8 {
			v.bit, v.pos = 0, v.pos+1
		}
	}
	return r, false
}

func (v *faultReader) stored(out *int) string {
	if v.bit != 0 {
		v.bit, v.pos = 0, v.pos+1
	}
	if v.pos+4 > len(v.data) {
		v.short = true
		return ""
	}
	n := int(v.data[v.pos]) | int(v.data[v.pos+1])<<8
	nc := int(v.data[v.pos+2]) | int(v.data[v.pos+3])<<8
	if n != ^nc&0xffff {
		return "invalid stored block lengths"
	}
	v.pos += 4 + n
	if v.pos > len(v.data) {
		v.short = true
	}
	*out += n
	return ""
}

// huffman is a canonical code: the count of codes of each length and the
// symbols in code order.
type huffman struct {
	count  [16]int
	symbol []int
	max    int // the longest code's length
}

// build makes the code of lengths, with inftrees.c's verdict: "over" for an
// over-subscribed set, "incomplete" for one with codes left over (zlib
// takes that only for a single code of length 1, and never in a strict set,
// the code-length code); a set of no codes is no fault.
func build(lengths []int, strict bool) (*huffman, string) {
	h := &huffman{symbol: make([]int, 0, len(lengths))}
	for _, l := range lengths {
		h.count[l]++
	}
	maxLen := 0
	for l := 15; l > 0; l-- {
		if h.count[l] != 0 {
			maxLen = l
			break
		}
	}
	left := 1
	for l := 1; l <= 15; l++ {
		left = left<<1 - h.count[l]
		if left < 0 {
			return nil, "over"
		}
	}
	var offs [16]int
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = h.symbol[:offs[15]+h.count[15]]
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = s
			offs[l]++
		}
	}
	h.max = maxLen
	if maxLen > 0 && left > 0 && (strict || maxLen != 1) {
		return h, "incomplete"
	}
	return h, ""
}

// decode reads one symbol; -1 for a code that is not in h (known when no
// longer code can match, as zlib's tables know), -2 at the end of the data.
func (v *faultReader) decode(h *huffman) int {
	code, first, index := 0, 0, 0
	for l := 1; l <= h.max; l++ {
		b, end := v.bits(1)
		if end {
			return -2
		}
		code |= b
		count := h.count[l]
		if code-count < first {
			return h.symbol[index+(code-first)]
		}
		index += count
		first = (first + count) << 1
		code <<= 1
	}
	return -1
}

func fixedLengths() (*huffman, *huffman) {
	l := make([]int, 288)
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	lit, _ := build(l, false)
	d := make([]int, 30)
	for i := range d {
		d[i] = 5
	}
	dist, _ := build(d, false)
	return lit, dist
}

var (
	lengthBase  = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [...]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [...]int{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [...]uint{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder     = [...]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

func (v *faultReader) codes(lit, dist *huffman, out *int, dictLen, window int) string {
	for {
		sym := v.decode(lit)
		switch {
		case sym == -2:
			return ""
		case sym < 0 || sym > 285:
			return "invalid literal/length code"
		case sym < 256:
			*out++
		case sym == 256:
			return ""
		default:
			sym -= 257
			extra, end := v.bits(lengthExtra[sym])
			if end {
				return ""
			}
			n := lengthBase[sym] + extra
			d := v.decode(dist)
			if d == -2 {
				return ""
			}
			if d < 0 || d > 29 {
				return "invalid distance code"
			}
			extra, end = v.bits(distExtra[d])
			if end {
				return ""
			}
			if dd := distBase[d] + extra; dd > min(*out+dictLen, window) {
				return "invalid distance too far back"
			}
			*out += n
		}
	}
}

func (v *faultReader) dynamic(out *int, dictLen, window int) string {
	hlit, end1 := v.bits(5)
	hdist, end2 := v.bits(5)
	hclen, end3 := v.bits(4)
	if end1 || end2 || end3 {
		return ""
	}
	nlen, ndist, ncode := hlit+257, hdist+1, hclen+4
	if nlen > 286 || ndist > 30 {
		return "too many length or distance symbols"
	}
	cl := make([]int, 19)
	for i := 0; i < ncode; i++ {
		b, end := v.bits(3)
		if end {
			return ""
		}
		cl[clOrder[i]] = b
	}
	clCode, verdict := build(cl, true)
	if verdict != "" {
		return "invalid code lengths set"
	}
	lengths := make([]int, nlen+ndist)
	for i := 0; i < nlen+ndist; {
		sym := v.decode(clCode)
		if clCode.max == 0 {
			// zlib's table of no codes reads each as a 0 of one bit.
			if _, end := v.bits(1); end {
				return ""
			}
			sym = 0
		}
		switch {
		case sym == -2:
			return ""
		case sym < 0:
			return "invalid code lengths set"
		case sym < 16:
			lengths[i] = sym
			i++
		default:
			var rep, prev int
			var n uint
			switch sym {
			case 16:
				if i == 0 {
					return "invalid bit length repeat"
				}
				prev, rep, n = lengths[i-1], 3, 2
			case 17:
				rep, n = 3, 3
			default:
				rep, n = 11, 7
			}
			extra, end := v.bits(n)
			if end {
				return ""
			}
			rep += extra
			if i+rep > nlen+ndist {
				return "invalid bit length repeat"
			}
			for ; rep > 0; rep-- {
				lengths[i] = prev
				i++
			}
		}
	}
	if lengths[256] == 0 {
		return "invalid code -- missing end-of-block"
	}
	lit, verdict := build(lengths[:nlen], false)
	if verdict != "" {
		return "invalid literal/lengths set"
	}
	dist, verdict := build(lengths[nlen:], false)
	if verdict != "" {
		return "invalid distances set"
	}
	return v.codes(lit, dist, out, dictLen, window)
}
