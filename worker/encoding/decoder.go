package encoding

import (
	"errors"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"
	xenc "golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// ErrFatal is Decode's error for malformed input when the decoder is fatal.
var ErrFatal = errors.New("encoding: malformed input")

// Lookup resolves an encoding label as the Encoding standard's "get an
// encoding" does: ASCII whitespace trimmed, ASCII case folded, every
// WHATWG label accepted except those of the replacement encoding, which
// workerd refuses. It returns the encoding's canonical name.
func Lookup(label string) (name string, ok bool) {
	label = trimASCIIWhitespace(label)
	b := make([]byte, len(label))
	for i := 0; i < len(label); i++ {
		c := label[i]
		// Every label is printable ASCII: anything else (U+00A0, a
		// vertical tab that strings.TrimSpace would strip) is no label.
		if c <= ' ' || c >= 0x7f {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	e, err := htmlindex.Get(string(b))
	if err != nil {
		return "", false
	}
	name, err = htmlindex.Name(e)
	if err != nil || name == "replacement" {
		return "", false
	}
	return name, true
}

func trimASCIIWhitespace(s string) string {
	isWS := func(c byte) bool { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' }
	for len(s) > 0 && isWS(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isWS(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

type kind int

const (
	kindUTF8 kind = iota
	kindUTF16LE
	kindUTF16BE
	kindSingleByte
	kindISO2022JP
	kindGB18030
	kindLegacy
)

// Decoder is one TextDecoder's decoding state: an encoding's decoder, the
// bytes of an incomplete sequence carried between stream: true calls, and
// whether the byte order mark was dealt with.
type Decoder struct {
	name      string
	fatal     bool
	ignoreBOM bool
	kind      kind

	// doNotFlush is the last call's stream option: a call after a
	// flushing one starts a new decoding.
	doNotFlush bool
	bomSeen    bool

	// UTF-8: the Encoding standard's decoder state.
	needed, seen int
	cp           rune
	lower, upper byte

	// UTF-16: an odd byte and a lead surrogate carried over; replace is
	// text_decoder_replace_surrogates.
	odd     byte
	hasOdd  bool
	lead    uint16
	hasLead bool
	replace bool
	legacy  xenc.Encoding
	single  *[256]rune // single-byte: the index, -1 where undefined
	jp      iso2022jp
	gb      gb18030
	t       transform.Transformer
	pending []byte // legacy: bytes the transformer could not consume yet
}

// NewDecoder returns a decoder for the canonical encoding name (from
// Lookup), whose UTF-16LE decoder passes lone surrogates through as
// workerd's does without text_decoder_replace_surrogates
// (SetReplaceSurrogates); its UTF-16BE decoder replaces them, as
// workerd's always does.
func NewDecoder(name string, fatal, ignoreBOM bool) *Decoder {
	d := &Decoder{name: name, fatal: fatal, ignoreBOM: ignoreBOM, lower: 0x80, upper: 0xbf, replace: name == "utf-16be"}
	switch name {
	case "utf-8":
		d.kind = kindUTF8
	case "utf-16le":
		d.kind = kindUTF16LE
	case "utf-16be":
		d.kind = kindUTF16BE
	default:
		d.legacy, _ = htmlindex.Get(name)
		if name == "iso-8859-8-i" {
			// The same index as iso-8859-8 (only the bidi direction
			// differs, which decoding does not see).
			d.legacy = charmap.ISO8859_8
		}
		if name == "iso-2022-jp" {
			d.kind = kindISO2022JP
		} else if name == "gb18030" || name == "gbk" {
			// The standard's gbk decoder is its gb18030 decoder.
			d.kind = kindGB18030
		} else if cm, ok := d.legacy.(*charmap.Charmap); ok {
			d.kind = kindSingleByte
			d.single = singleByteIndex(name, cm)
		} else {
			d.kind = kindLegacy
			d.t = d.legacy.NewDecoder()
		}
	}
	return d
}

// SetReplaceSurrogates makes the UTF-16 decoders replace a lone surrogate
// with U+FFFD (or fail when fatal), as the standard and workerd's
// text_decoder_replace_surrogates flag do.
func (d *Decoder) SetReplaceSurrogates(on bool) { d.replace = on || d.kind == kindUTF16BE }

// Name is the decoder's canonical encoding name.
func (d *Decoder) Name() string { return d.name }

// Fatal and IgnoreBOM are the decoder's options.
func (d *Decoder) Fatal() bool     { return d.fatal }
func (d *Decoder) IgnoreBOM() bool { return d.ignoreBOM }

func (d *Decoder) reset() {
	d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
	d.hasOdd, d.hasLead = false, false
	d.bomSeen = false
	d.pending = d.pending[:0]
	if d.t != nil {
		d.t.Reset()
	}
	d.jp = iso2022jp{}
	d.gb.first, d.gb.second, d.gb.third = 0, 0, 0
}

// Decode decodes p as TextDecoder.decode(p, {stream}) does and returns the
// JS string. With stream, an incomplete sequence at the end of p waits for
// the next call; without, it is decoded as malformed, and the next call
// starts afresh. Malformed input gives ErrFatal when the decoder is fatal
// (and the decoder starts afresh on the next call), U+FFFD otherwise.
func (d *Decoder) Decode(rt *goja.Runtime, p []byte, stream bool) (goja.Value, error) {
	if !d.doNotFlush {
		d.reset()
	}
	d.doNotFlush = stream
	var (
		out []byte
		u16 []uint16
		err error
	)
	switch d.kind {
	case kindUTF8:
		out, err = d.utf8(p, stream)
	case kindUTF16LE, kindUTF16BE:
		u16, err = d.utf16(p, stream)
	case kindSingleByte:
		out, err = d.singleByte(p)
	case kindISO2022JP:
		var ok bool
		out, ok = d.jp.decode(make([]byte, 0, len(p)+8), p, stream, func() bool { return !d.fatal })
		if !ok {
			err = ErrFatal
		}
	case kindGB18030:
		var ok bool
		out, ok = d.gb.decode(make([]byte, 0, len(p)*3/2+8), p, stream, func() bool { return !d.fatal })
		if !ok {
			err = ErrFatal
		}
	default:
		out, err = d.legacyDecode(p, stream)
	}
	if err != nil {
		d.doNotFlush = false
		return nil, err
	}
	if u16 != nil {
		if !d.ignoreBOM && !d.bomSeen && len(u16) > 0 {
			d.bomSeen = true
			if u16[0] == 0xfeff {
				u16 = u16[1:]
			}
		}
		return goja.StringFromUTF16(u16), nil
	}
	if d.kind == kindUTF8 && !d.ignoreBOM && !d.bomSeen && len(out) > 0 {
		d.bomSeen = true
		if len(out) >= 3 && out[0] == 0xef && out[1] == 0xbb && out[2] == 0xbf {
			out = out[3:]
		}
	}
	return rt.ToValue(string(out)), nil
}

const replacement = "\uFFFD"

// utf8 is the Encoding standard's UTF-8 decoder (section 8.1.1), with a
// fast path for a chunk that is valid UTF-8 as a whole.
func (d *Decoder) utf8(p []byte, stream bool) ([]byte, error) {
	if d.needed == 0 && utf8.Valid(p) {
		return p, nil
	}
	out := make([]byte, 0, len(p)+8)
	for i := 0; i < len(p); i++ {
		b := p[i]
		if d.needed == 0 {
			switch {
			case b < 0x80:
				out = append(out, b)
			case 0xc2 <= b && b <= 0xdf:
				d.needed, d.cp = 1, rune(b&0x1f)
			case 0xe0 <= b && b <= 0xef:
				if b == 0xe0 {
					d.lower = 0xa0
				} else if b == 0xed {
					d.upper = 0x9f
				}
				d.needed, d.cp = 2, rune(b&0xf)
			case 0xf0 <= b && b <= 0xf4:
				if b == 0xf0 {
					d.lower = 0x90
				} else if b == 0xf4 {
					d.upper = 0x8f
				}
				d.needed, d.cp = 3, rune(b&0x7)
			default:
				if d.fatal {
					return nil, ErrFatal
				}
				out = append(out, replacement...)
			}
			continue
		}
		if b < d.lower || b > d.upper {
			d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
			if d.fatal {
				return nil, ErrFatal
			}
			out = append(out, replacement...)
			i-- // the byte starts over
			continue
		}
		d.lower, d.upper = 0x80, 0xbf
		d.cp = d.cp<<6 | rune(b&0x3f)
		d.seen++
		if d.seen == d.needed {
			out = utf8.AppendRune(out, d.cp)
			d.needed, d.seen, d.cp = 0, 0, 0
		}
	}
	if !stream && d.needed != 0 {
		d.needed, d.seen, d.cp, d.lower, d.upper = 0, 0, 0, 0x80, 0xbf
		if d.fatal {
			return nil, ErrFatal
		}
		out = append(out, replacement...)
	}
	return out, nil
}

// utf16 decodes UTF-16 code units. A lead surrogate at the end of a chunk
// waits for the next one; an odd byte at the end of the input is
// malformed. A lone surrogate is malformed when replace is set (the
// standard; workerd's UTF-16BE decoder; its UTF-16LE one under
// text_decoder_replace_surrogates); without it, workerd's UTF-16LE decoder
// passes it through unpaired, and so does this one.
func (d *Decoder) utf16(p []byte, stream bool) ([]uint16, error) {
	// workerd's UTF-16LE decoder (without replace) passes an unpaired
	// lead surrogate through only in a call that is not stream: true and
	// starts with nothing carried over; otherwise (ICU's path) it is
	// malformed. An unpaired trail surrogate always passes.
	icu := stream || d.hasLead || d.hasOdd
	out := make([]uint16, 0, (len(p)+1)/2+2)
	unit := func(a, b byte) uint16 {
		if d.kind == kindUTF16BE {
			return uint16(a)<<8 | uint16(b)
		}
		return uint16(b)<<8 | uint16(a)
	}
	bad := func() error {
		if d.fatal {
			return ErrFatal
		}
		out = append(out, 0xfffd)
		return nil
	}
	emit := func(u uint16) error {
		if d.hasLead {
			d.hasLead = false
			if 0xdc00 <= u && u <= 0xdfff {
				out = append(out, d.lead, u)
				return nil
			}
			if d.replace || icu {
				if err := bad(); err != nil {
					return err
				}
			} else {
				out = append(out, d.lead)
			}
		}
		switch {
		case 0xd800 <= u && u <= 0xdbff:
			d.lead, d.hasLead = u, true
		case 0xdc00 <= u && u <= 0xdfff && d.replace:
			return bad()
		default:
			out = append(out, u)
		}
		return nil
	}
	if d.hasOdd && len(p) > 0 {
		d.hasOdd = false
		if err := emit(unit(d.odd, p[0])); err != nil {
			return nil, err
		}
		p = p[1:]
	}
	for len(p) >= 2 {
		if err := emit(unit(p[0], p[1])); err != nil {
			return nil, err
		}
		p = p[2:]
	}
	if len(p) == 1 {
		d.odd, d.hasOdd = p[0], true
	}
	if !stream {
		// The end, as workerd's (ICU's) decoders have it: a lead surrogate
		// with an odd byte after it is one malformed sequence; a lead
		// surrogate alone is unpaired (icu decides).
		switch {
		case d.hasLead && d.hasOdd:
			d.hasLead, d.hasOdd = false, false
			if err := bad(); err != nil {
				return nil, err
			}
		case d.hasLead:
			d.hasLead = false
			if !d.replace && !icu {
				out = append(out, d.lead)
			} else if err := bad(); err != nil {
				return nil, err
			}
		case d.hasOdd:
			d.hasOdd = false
			if err := bad(); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

var (
	singleMu      sync.Mutex
	singleIndexes map[string]*[256]rune // made by the first singleByteIndex
)

// singleByteIndex is the Encoding standard's index of a single-byte
// encoding, built once from golang.org/x/text's table: x/text leaves the
// bytes 0x80-0x9F of the windows-* code pages undefined where the standard
// maps them to the C1 control of the same value.
func singleByteIndex(name string, cm *charmap.Charmap) *[256]rune {
	singleMu.Lock()
	defer singleMu.Unlock()
	if t, ok := singleIndexes[name]; ok {
		return t
	}
	t := new([256]rune)
	for b := 0; b < 256; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = -1
			if 0x80 <= b && b <= 0x9f {
				r = rune(b)
			}
		}
		t[b] = r
	}
	if singleIndexes == nil {
		singleIndexes = map[string]*[256]rune{}
	}
	singleIndexes[name] = t
	return t
}

func (d *Decoder) singleByte(p []byte) ([]byte, error) {
	out := make([]byte, 0, len(p)+len(p)/2)
	for _, b := range p {
		if b < 0x80 {
			out = append(out, b)
			continue
		}
		r := d.single[b]
		if r < 0 {
			if d.fatal {
				return nil, ErrFatal
			}
			r = utf8.RuneError
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// legacyDecode runs golang.org/x/text's decoder for a legacy encoding.
// Those decoders write U+FFFD for malformed input, so a fatal decoder
// fails when the output holds one.
func (d *Decoder) legacyDecode(p []byte, stream bool) ([]byte, error) {
	src := p
	if len(d.pending) > 0 {
		src = append(d.pending, p...)
	}
	out := make([]byte, 0, len(src)*3/2+16)
	buf := make([]byte, 4096)
	for {
		nDst, nSrc, err := d.t.Transform(buf, src, !stream)
		out = append(out, buf[:nDst]...)
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err == transform.ErrShortSrc && stream {
			break
		}
		if err != nil && err != transform.ErrShortSrc {
			// x/text's decoders report no other errors; treat one as
			// malformed input.
			out = append(out, replacement...)
			src = nil
		}
		break
	}
	d.pending = append(d.pending[:0], src...)
	if d.fatal && containsReplacement(out) {
		return nil, ErrFatal
	}
	return out, nil
}

func containsReplacement(b []byte) bool {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 0xef && b[i+1] == 0xbf && b[i+2] == 0xbd {
			return true
		}
	}
	return false
}

// DecodeUTF8 is the Encoding standard's "UTF-8 decode without BOM":
// malformed sequences become U+FFFD, one per maximal subpart, as
// TextDecoder and the URL standard's percent-decoding do.
func DecodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	d := Decoder{ignoreBOM: true, lower: 0x80, upper: 0xbf}
	out, _ := d.utf8(b, false)
	return string(out)
}
