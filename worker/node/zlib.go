package node

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"iter"
	"runtime"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/host"
)

// node:zlib's engines, over Go's compress/flate and andybalholm/brotli, in
// zlib's push model, which workerd's handle has and js/zlib.js drives: a
// write gives the engine some input and room for output, and the engine says
// how much room and input are left (availOut, availIn), so that the caller
// calls again while the room was filled. Nothing is produced beyond the room
// given plus one internal buffer, so a decompression is bounded by what its
// caller asks for (maxOutputLength, chunkSize): a zip bomb is read a chunk at
// a time, not into memory.
//
// The zlib and gzip containers (headers, checksums, gzip members) are this
// file's, so that their errors are zlib's ("incorrect header check",
// "incorrect data check", ...) and the headers zlib's bytes; the deflate
// data between them is compress/flate's, and zlib_fault.go names what is
// wrong with data that compress/flate refuses. Go's decompressors pull their
// input from an io.Reader; each runs as a coroutine (iter.Pull) whose
// reader, when the input of the current write is used up, hands control
// back until the next write brings more, or reports io.EOF when the stream's
// last write has been read (compress/flate then hands out what it holds).

// The modes, as node:zlib numbers them (constants DEFLATE ... BROTLI_ENCODE).
const (
	zDeflate    = 1
	zInflate    = 2
	zGzip       = 3
	zGunzip     = 4
	zDeflateRaw = 5
	zInflateRaw = 6
	zUnzip      = 7
	zBrotliDec  = 8
	zBrotliEnc  = 9
	zZstdEnc    = 10
	zZstdDec    = 11
)

// zlib's flush values; brotli's operations are mapped onto them.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
)

// zlibError is an error the engine reports as zlib does: the return code
// (errno), its name (code) and zlib's message.
type zlibError struct {
	errno   int
	code    string
	message string
	cut     bool // the input stopped short (the output before it stands)
}

func dataError(msg string) *zlibError { return &zlibError{-3, "Z_DATA_ERROR", msg, false} }

// zengine is one handle's compressor or decompressor.
type zengine interface {
	// write consumes some of in and fills out; it returns the bytes
	// written to out and the bytes of in consumed. last says that no input
	// follows in's (a decompressor then hands out what it has, as zlib
	// does at a flush of the end).
	write(flush int, last bool, in, out []byte) (nOut, nIn int, err *zlibError)
	// params changes the level and strategy (deflate only).
	params(level, strategy int)
	// close releases what the engine holds; it may be called more than once.
	close()
}

// zlibOptions are a handle's settings, already checked by js/zlib.js.
type zlibOptions struct {
	mode, windowBits, level, memLevel, strategy int
	dict                                        []byte
	params                                      map[int]int // brotli's or zstd's, by number
}

// newEngine makes the engine of o.mode.
func newEngine(o zlibOptions) zengine {
	switch o.mode {
	case zDeflate, zGzip, zDeflateRaw:
		return newDeflater(o)
	case zBrotliEnc:
		return newBrotliEncoder(o)
	case zZstdEnc:
		return newZstdEncoder(o)
	}
	return newInflater(o)
}

// deflater compresses: the container is written here, the data by
// compress/flate into pending, which write hands out as room allows.
type deflater struct {
	o        zlibOptions
	fw       *flate.Writer
	primed   bool // fw was made with the dictionary (a full flush drops it)
	pending  bytes.Buffer
	sum      hash.Hash32 // adler32 (zlib) or crc32 (gzip) of the input
	size     uint32
	started  bool
	finished bool
}

func newDeflater(o zlibOptions) *deflater {
	d := &deflater{o: o}
	switch o.mode {
	case zDeflate:
		d.sum = adler32.New()
	case zGzip:
		d.sum = crc32.NewIEEE()
	}
	d.fw = d.newWriter(o.mode != zGzip && o.dict != nil)
	return d
}

// goLevel is compress/flate's level for zlib's level, strategy and window:
// Huffman-only where zlib was asked for it, and where the window is smaller
// than flate's 32 KiB (literals alone fit any window).
func (d *deflater) goLevel() int {
	switch {
	case d.o.level == 0:
		return flate.NoCompression
	case d.o.strategy == 2, d.o.windowBits < 15:
		return flate.HuffmanOnly
	case d.o.level < 0:
		return flate.DefaultCompression
	}
	return d.o.level
}

func (d *deflater) newWriter(dict bool) *flate.Writer {
	var w *flate.Writer
	if dict {
		w, _ = flate.NewWriterDict(&d.pending, d.goLevel(), d.o.dict)
	} else {
		w, _ = flate.NewWriter(&d.pending, d.goLevel())
	}
	d.primed = dict
	return w
}

// header writes the zlib or gzip header as zlib writes it.
func (d *deflater) header() {
	level := d.o.level
	if level < 0 {
		level = 6
	}
	switch d.o.mode {
	case zDeflate:
		wb := max(d.o.windowBits, 9)
		cmf := byte((wb-8)<<4 | 8)
		var flevel byte
		switch {
		case d.o.strategy >= 2 || level < 2:
			flevel = 0
		case level < 6:
			flevel = 1
		case level == 6:
			flevel = 2
		default:
			flevel = 3
		}
		flg := flevel << 6
		if d.o.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint(cmf)<<8|uint(flg))%31)
		d.pending.Write([]byte{cmf, flg})
		if d.o.dict != nil {
			_ = binary.Write(&d.pending, binary.BigEndian, adler32.Checksum(d.o.dict))
		}
	case zGzip:
		var xfl byte
		switch {
		case level == 9:
			xfl = 2
		case d.o.strategy >= 2 || level < 2:
			xfl = 4
		}
		d.pending.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) write(flush int, _ bool, in, out []byte) (int, int, *zlibError) {
	if !d.finished {
		if !d.started {
			d.started = true
			d.header()
		}
		if len(in) > 0 {
			_, _ = d.fw.Write(in)
			if d.sum != nil {
				d.sum.Write(in)
			}
			d.size += uint32(len(in))
		}
		switch flush {
		case zFinish:
			_ = d.fw.Close()
			switch d.o.mode {
			case zDeflate:
				_ = binary.Write(&d.pending, binary.BigEndian, d.sum.Sum32())
			case zGzip:
				_ = binary.Write(&d.pending, binary.LittleEndian, d.sum.Sum32())
				_ = binary.Write(&d.pending, binary.LittleEndian, d.size)
			}
			d.finished = true
		case zFullFlush:
			// What follows a full flush refers to nothing before it: a
			// fresh writer, without the dictionary.
			_ = d.fw.Flush()
			if d.primed {
				d.fw = d.newWriter(false)
			} else {
				d.fw.Reset(&d.pending)
			}
		case zPartialFlush, zSyncFlush, zBlock, zTrees:
			_ = d.fw.Flush()
		}
	}
	n, _ := d.pending.Read(out)
	return n, len(in), nil
}

// params flushes what was written at the old level and goes on at the new
// one (a new flate writer: compress/flate cannot change its level).
func (d *deflater) params(level, strategy int) {
	if d.finished || (level == d.o.level && strategy == d.o.strategy) {
		return
	}
	_ = d.fw.Flush()
	d.o.level, d.o.strategy = level, strategy
	d.fw = d.newWriter(false)
}

func (d *deflater) close() {}

// brotliEncoder compresses with andybalholm/brotli: quality and window
// from the BROTLI_PARAM_ values; the others are accepted and have no
// effect.
type brotliEncoder struct {
	bw       *brotli.Writer
	pending  bytes.Buffer
	finished bool
}

func newBrotliEncoder(o zlibOptions) *brotliEncoder {
	opts := brotli.WriterOptions{Quality: 11, LGWin: 22}
	if q, ok := o.params[1]; ok {
		opts.Quality = min(max(q, 0), 11)
	}
	if w, ok := o.params[2]; ok {
		opts.LGWin = min(max(w, 10), 24)
	}
	e := &brotliEncoder{}
	e.bw = brotli.NewWriterOptions(&e.pending, opts)
	return e
}

func (e *brotliEncoder) write(flush int, _ bool, in, out []byte) (int, int, *zlibError) {
	if !e.finished {
		if len(in) > 0 {
			_, _ = e.bw.Write(in)
		}
		switch flush {
		case zFinish:
			_ = e.bw.Close()
			e.finished = true
		case zSyncFlush:
			_ = e.bw.Flush()
		}
	}
	n, _ := e.pending.Read(out)
	return n, len(in), nil
}

func (e *brotliEncoder) params(int, int) {}
func (e *brotliEncoder) close()          {}

// errStopped ends a decompressor's coroutine when its handle is closed.
var errStopped = errors.New("zlib: handle closed")

// inflater decompresses in a coroutine (run). The handle's write gives it
// input (in) and takes what it decompressed (pending); the coroutine yields
// when it has output, or when it needs input that the write did not bring.
type inflater struct {
	o        zlibOptions
	in       []byte // the current write's input that is not consumed yet
	pending  []byte // output not handed out yet
	buf      []byte
	starved  bool // the coroutine waits for input
	finish   bool // the current write's flush is Z_FINISH
	last     bool // no input follows the current write's
	stopped  bool // the handle was closed
	finished bool // the coroutine returned: the stream ended, or err
	err      *zlibError
	// record is the deflate data read so far, up to faultLimit bytes, so
	// that an error can be named (deflateFault); nil past the limit.
	record     []byte
	recording  bool
	headerBits int // the window a zlib header names

	yield func(struct{}) bool
	next  func() (struct{}, bool)
	stop  func()
}

func newInflater(o zlibOptions) *inflater {
	d := &inflater{o: o}
	d.next, d.stop = iter.Pull(func(yield func(struct{}) bool) {
		d.yield = yield
		d.err = d.run()
	})
	return d
}

// wait hands control back to the write until it brings input; false when
// the handle is closed.
func (d *inflater) wait() bool {
	d.starved = true
	ok := d.yield(struct{}{})
	d.starved = false
	d.stopped = d.stopped || !ok
	return ok
}

// atEnd reports whether the input ends with the current write's: the
// readers then see io.EOF where they would wait, and compress/flate hands
// out what it decoded before it.
func (d *inflater) atEnd() bool { return d.finish || d.last }

// more waits for input; io.EOF at the end of the input, errStopped when
// the handle is closed.
func (d *inflater) more() error {
	for len(d.in) == 0 {
		if d.atEnd() {
			return io.EOF
		}
		if !d.wait() {
			return errStopped
		}
	}
	return nil
}

func (d *inflater) ReadByte() (byte, error) {
	if err := d.more(); err != nil {
		return 0, err
	}
	c := d.in[0]
	d.in = d.in[1:]
	d.keep(nil, c)
	return c, nil
}

func (d *inflater) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := d.more(); err != nil {
		return 0, err
	}
	n := copy(p, d.in)
	d.in = d.in[n:]
	d.keep(p[:n])
	return n, nil
}

// keep adds what a deflate reader read to the record, while it fits.
func (d *inflater) keep(p []byte, c ...byte) {
	if !d.recording {
		return
	}
	if len(d.record)+len(p)+len(c) > faultLimit {
		d.record, d.recording = nil, false
		return
	}
	d.record = append(append(d.record, p...), c...)
}

// readFull reads len(p) bytes of a header or trailer.
func (d *inflater) readFull(p []byte) bool {
	_, err := io.ReadFull(d, p)
	return err == nil
}

// cut is the end of a stream that its input stops short of: zlib's error at
// Z_FINISH (unexpected end of file), none at another flush of the end,
// none either when the handle was closed.
func (d *inflater) cut() *zlibError {
	if d.stopped || !d.finish {
		return nil
	}
	switch d.o.mode {
	case zZstdDec:
		return &zlibError{-1, "ERR_ZSTD_DECOMPRESSION_FAILED", "unexpected end of file", true}
	case zBrotliDec:
		return &zlibError{-5, "Z_BUF_ERROR", "Unexpected end of file", true}
	}
	return &zlibError{-5, "Z_BUF_ERROR", "unexpected end of file", true}
}

// emit hands p to the write, waiting until it has taken all of it.
func (d *inflater) emit(p []byte) bool {
	d.pending = p
	for len(d.pending) > 0 {
		if !d.yield(struct{}{}) {
			return false
		}
	}
	return true
}

// run is the coroutine: the container and its members, to the end of the
// stream or the first error. A nil result with the handle closed is no
// error anyone sees.
func (d *inflater) run() *zlibError {
	d.buf = make([]byte, 32<<10)
	switch d.o.mode {
	case zBrotliDec:
		return d.brotli()
	case zZstdDec:
		return d.zstd()
	case zInflateRaw:
		return d.body(nil, d.o.dict)
	}
	gzip := d.o.mode == zGunzip
	var hdr [2]byte
	if !d.readFull(hdr[:]) {
		return d.cut()
	}
	if d.o.mode == zUnzip && hdr[0] == 0x1f && hdr[1] == 0x8b {
		gzip = true
	}
	if !gzip {
		return d.zlibStream(hdr)
	}
	for {
		if err := d.gzipMember(hdr); err != nil {
			return err
		}
		// Another member may follow, in this write or a later one; a zero
		// byte (padding) ends the stream, as in Node.
		if d.more() != nil {
			return nil
		}
		if d.in[0] == 0 {
			return nil
		}
		if !d.readFull(hdr[:]) {
			return d.cut()
		}
	}
}

func (d *inflater) zlibStream(hdr [2]byte) *zlibError {
	if (uint(hdr[0])<<8|uint(hdr[1]))%31 != 0 {
		return dataError("incorrect header check")
	}
	if hdr[0]&0x0f != 8 {
		return dataError("unknown compression method")
	}
	wb := d.o.windowBits
	if wb == 0 {
		wb = 15
	}
	if int(hdr[0]>>4)+8 > wb {
		return dataError("invalid window size")
	}
	d.headerBits = int(hdr[0]>>4) + 8
	var dict []byte
	if hdr[1]&0x20 != 0 {
		var id [4]byte
		if !d.readFull(id[:]) {
			return d.cut()
		}
		if d.o.dict == nil {
			return &zlibError{2, "Z_NEED_DICT", "Missing dictionary", false}
		}
		if binary.BigEndian.Uint32(id[:]) != adler32.Checksum(d.o.dict) {
			return &zlibError{2, "Z_NEED_DICT", "Bad dictionary", false}
		}
		dict = d.o.dict
	}
	sum := adler32.New()
	if err := d.body(sum, dict); err != nil {
		return err
	}
	var tr [4]byte
	if !d.readFull(tr[:]) {
		return d.cut()
	}
	if binary.BigEndian.Uint32(tr[:]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

// gzipMember reads one gzip member whose first two bytes are hdr.
func (d *inflater) gzipMember(hdr [2]byte) *zlibError {
	if hdr[0] != 0x1f || hdr[1] != 0x8b {
		return dataError("incorrect header check")
	}
	var rest [8]byte
	if !d.readFull(rest[:]) {
		return d.cut()
	}
	if rest[0] != 8 {
		return dataError("unknown compression method")
	}
	flg := rest[1]
	if flg&0xe0 != 0 {
		return dataError("unknown header flags set")
	}
	hcrc := crc32.NewIEEE()
	hcrc.Write(hdr[:])
	hcrc.Write(rest[:])
	read := func(n int) bool {
		p := make([]byte, n)
		if !d.readFull(p) {
			return false
		}
		hcrc.Write(p)
		return true
	}
	if flg&4 != 0 { // FEXTRA
		var xlen [2]byte
		if !d.readFull(xlen[:]) {
			return d.cut()
		}
		hcrc.Write(xlen[:])
		if !read(int(binary.LittleEndian.Uint16(xlen[:]))) {
			return d.cut()
		}
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flg&bit == 0 {
			continue
		}
		for {
			c, err := d.ReadByte()
			if err != nil {
				return d.cut()
			}
			hcrc.Write([]byte{c})
			if c == 0 {
				break
			}
		}
	}
	if flg&2 != 0 { // FHCRC
		var h [2]byte
		if !d.readFull(h[:]) {
			return d.cut()
		}
		if binary.LittleEndian.Uint16(h[:]) != uint16(hcrc.Sum32()) {
			return dataError("header crc mismatch")
		}
	}
	sum := crc32.NewIEEE()
	size, err := d.bodyCount(sum, nil)
	if err != nil {
		return err
	}
	var tr [8]byte
	if !d.readFull(tr[:]) {
		return d.cut()
	}
	if binary.LittleEndian.Uint32(tr[:4]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	if binary.LittleEndian.Uint32(tr[4:]) != size {
		return dataError("incorrect length check")
	}
	return nil
}

func (d *inflater) body(sum hash.Hash32, dict []byte) *zlibError {
	_, err := d.bodyCount(sum, dict)
	return err
}

// bodyCount decompresses deflate data to its end, emitting it; it returns
// its length mod 2^32.
func (d *inflater) bodyCount(sum hash.Hash32, dict []byte) (uint32, *zlibError) {
	d.record, d.recording = d.record[:0], true
	defer func() { d.recording = false }()
	fr := flate.NewReaderDict(d, dict)
	defer fr.Close()
	var size uint32
	for {
		n, err := fr.Read(d.buf)
		if n > 0 {
			if sum != nil {
				sum.Write(d.buf[:n])
			}
			size += uint32(n)
			if !d.emit(d.buf[:n]) {
				return 0, nil
			}
		}
		if err == io.EOF {
			return size, nil
		}
		switch {
		case err == nil:
		case errors.Is(err, errStopped):
			return 0, nil
		case errors.Is(err, io.ErrUnexpectedEOF):
			return 0, d.cut()
		default:
			return 0, d.corrupt(len(dict))
		}
	}
}

// faultLimit is how much deflate data a stream keeps for naming an error:
// past it, the error is named by what compress/flate says, no more.
const faultLimit = 256 << 10

// corrupt is the error of deflate data compress/flate refused, with zlib's
// message where deflateFault finds the fault in the data kept.
func (d *inflater) corrupt(dictLen int) *zlibError {
	if d.record != nil {
		wb := d.o.windowBits
		if wb == 0 {
			wb = d.headerBits
		}
		if wb < 8 || wb > 15 {
			wb = 15
		}
		msg, short := deflateFault(d.record, dictLen, 1<<wb)
		switch {
		case msg != "":
			return dataError(msg)
		case short && d.atEnd():
			// zlib would have waited for more: the input stops short.
			return d.cut()
		}
	}
	return dataError("invalid deflate data")
}

func (d *inflater) brotli() *zlibError {
	br := brotli.NewReader(d)
	for {
		n, err := br.Read(d.buf)
		if n > 0 && !d.emit(d.buf[:n]) {
			return nil
		}
		switch {
		case err == nil:
		case err == io.EOF, errors.Is(err, errStopped), err.Error() == "brotli: excessive input":
			return nil
		case err == io.ErrUnexpectedEOF:
			return d.cut()
		default:
			// The decoder's error name (PADDING_1, ...), which js/zlib.js
			// turns into workerd's code.
			return &zlibError{-1, strings.TrimPrefix(err.Error(), "brotli: "), "Compression failed", false}
		}
	}
}

func (d *inflater) write(flush int, last bool, in, out []byte) (int, int, *zlibError) {
	d.in, d.finish, d.last = in, flush == zFinish, last
	n := 0
	for n < len(out) {
		if len(d.pending) > 0 {
			c := copy(out[n:], d.pending)
			d.pending = d.pending[c:]
			n += c
			continue
		}
		// A starved reader is woken at the end, to see the end of its
		// input.
		if d.finished || (d.starved && len(d.in) == 0 && !d.atEnd()) {
			break
		}
		if _, ok := d.next(); !ok {
			d.finished = true
		}
	}
	consumed := len(in) - len(d.in)
	d.in = nil
	if d.finished && d.err != nil {
		return n, consumed, d.err
	}
	return n, consumed, nil
}

func (d *inflater) params(int, int) {}

func (d *inflater) close() { d.stop() }

// zlibFlush is zlib's flush value for brotli's operations (PROCESS, FLUSH,
// FINISH, EMIT_METADATA) and zstd's (e_continue, e_flush, e_end).
func zlibFlush(mode, flush int) int {
	if mode < zBrotliDec {
		return flush
	}
	return [...]int{zNoFlush, zSyncFlush, zFinish, zNoFlush}[min(max(flush, 0), 3)]
}

// zhandle is a node:zlib handle's Go side, opaque to JS.
type zhandle struct {
	o       zlibOptions
	e       zengine
	src     []byte          // the input buffer of the last write (held, so that its address is not reused)
	copied  []byte          // ... and its bytes as they were then
	forget  func()          // drops the isolate's close of the decompressor
	cleanup runtime.Cleanup // ... and the collector's
}

// start makes the engine, and has a decompressor's coroutine stopped when
// the handle is closed, when the isolate is, or when the handle is
// garbage: a stream abandoned before its end holds no goroutine for long.
func (h *zhandle) start(env *host.Env) {
	h.e = newEngine(h.o)
	in, ok := h.e.(*inflater)
	if !ok {
		return
	}
	forget := env.OnClose(in.close)
	h.forget = forget
	h.cleanup = runtime.AddCleanup(h, func(in *inflater) { in.close(); forget() }, in)
}

// end closes the engine.
func (h *zhandle) end() {
	if h.e != nil {
		h.e.close()
		h.e = nil
	}
	if h.forget != nil {
		h.cleanup.Stop()
		h.forget()
		h.forget = nil
	}
}

func installZlib(s *state, b *goja.Object) {
	env := s.env
	rt := env.RT
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = b.Set(name, env.Realm.Func(name, 0, f)) }
	_ = b.Set("zlibEnabled", env.Flags.Enabled("nodejs_zlib"))
	errValue := func(e *zlibError, nOut int) goja.Value {
		o := rt.NewObject()
		_ = o.Set("errno", e.errno)
		_ = o.Set("code", e.code)
		_ = o.Set("message", e.message)
		// What a stream that stops short decoded comes before its error:
		// zlib would have handed it out with an earlier write, where
		// compress/flate holds it until it sees the end.
		if e.cut {
			_ = o.Set("produced", nOut)
		}
		return o
	}
	options := func(call goja.FunctionCall) zlibOptions {
		o := zlibOptions{
			mode:       int(call.Argument(0).ToInteger()),
			windowBits: int(call.Argument(1).ToInteger()),
			level:      int(call.Argument(2).ToInteger()),
			memLevel:   int(call.Argument(3).ToInteger()),
			strategy:   int(call.Argument(4).ToInteger()),
		}
		if v := call.Argument(5); !goja.IsUndefined(v) && !goja.IsNull(v) {
			o.dict = append([]byte{}, bytesOf(rt, v)...)
		}
		if p, ok := call.Argument(6).(*goja.Object); ok {
			o.params = map[int]int{}
			for _, k := range p.Keys() {
				if key, err := strconv.Atoi(k); err == nil {
					o.params[key] = int(p.Get(k).ToInteger())
				}
			}
		}
		return o
	}
	// zlibNew(mode, windowBits, level, memLevel, strategy, dictionary,
	// brotliParams) -> handle.
	set("zlibNew", func(call goja.FunctionCall) goja.Value {
		h := &zhandle{o: options(call)}
		h.start(env)
		return rt.ToValue(h)
	})
	handleOf := func(v goja.Value) *zhandle {
		h, _ := gojaprops.Export(v).(*zhandle)
		return h
	}
	// zlibWrite(handle, flush, in, inOff, inLen, out, outOff, outLen,
	// last) -> [availOut, availIn], or {errno, code, message, produced}
	// (the bytes written to out before the error).
	set("zlibWrite", func(call goja.FunctionCall) goja.Value {
		h := handleOf(call.Argument(0))
		if h == nil || h.e == nil {
			panic(rt.NewTypeError("zlib binding closed"))
		}
		flush := int(call.Argument(1).ToInteger())
		in := bytesOf(rt, call.Argument(2))
		inOff, inLen := int(call.Argument(3).ToInteger()), int(call.Argument(4).ToInteger())
		out := bytesOf(rt, call.Argument(5))
		outOff, outLen := int(call.Argument(6).ToInteger()), int(call.Argument(7).ToInteger())
		if inOff < 0 || inLen < 0 || inOff+inLen > len(in) {
			panic(env.Realm.NewError("Input access is not within bounds"))
		}
		if outOff < 0 || outLen < 0 || outOff+outLen > len(out) {
			panic(env.Realm.NewError("Output access is not within bounds"))
		}
		flush = zlibFlush(h.o.mode, flush)
		// A chunk is written again while the output room fills, with the
		// rest of its input (from an offset past 0): its bytes are copied
		// at its first write, not at each.
		if inOff == 0 || len(in) == 0 || len(h.src) != len(in) || &h.src[0] != &in[0] {
			h.src, h.copied = in, append([]byte(nil), in...)
		}
		input := h.copied[inOff : inOff+inLen]
		nOut, nIn, err := h.e.write(flush, call.Argument(8).ToBoolean(), input, out[outOff:outOff+outLen])
		if err != nil {
			return errValue(err, nOut)
		}
		return rt.ToValue([]any{outLen - nOut, inLen - nIn})
	})
	set("zlibParams", func(call goja.FunctionCall) goja.Value {
		if h := handleOf(call.Argument(0)); h != nil && h.e != nil {
			h.e.params(int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()))
		}
		return goja.Undefined()
	})
	set("zlibReset", func(call goja.FunctionCall) goja.Value {
		if h := handleOf(call.Argument(0)); h != nil && h.e != nil {
			h.end()
			h.start(env)
		}
		return goja.Undefined()
	})
	set("zlibClose", func(call goja.FunctionCall) goja.Value {
		if h := handleOf(call.Argument(0)); h != nil {
			h.end()
		}
		return goja.Undefined()
	})
	// zlibSync(data, finishFlush, maxOutputLength, mode, windowBits,
	// level, memLevel, strategy, dictionary, brotliParams) -> ArrayBuffer,
	// {errno, code, message}, or null when the output passes
	// maxOutputLength: the one-shot forms, the whole input at once.
	set("zlibSync", func(call goja.FunctionCall) goja.Value {
		data := bytesOf(rt, call.Argument(0))
		if s, ok := gojaprops.Export(call.Argument(0)).(string); ok {
			data = []byte(s)
		} else {
			data = append([]byte(nil), data...)
		}
		flush := int(call.Argument(1).ToInteger())
		limit := int(call.Argument(2).ToInteger())
		o := options(goja.FunctionCall{Arguments: call.Arguments[min(3, len(call.Arguments)):]})
		flush = zlibFlush(o.mode, flush)
		e := newEngine(o)
		defer e.close()
		var out []byte
		chunk := make([]byte, 64<<10)
		for {
			n, used, err := e.write(flush, true, data, chunk)
			data = data[used:]
			if err != nil {
				return errValue(err, 0)
			}
			if len(out)+n > limit {
				return goja.Null()
			}
			out = append(out, chunk[:n]...)
			if n < len(chunk) {
				break
			}
		}
		return rt.ToValue(rt.NewArrayBuffer(out))
	})
	// crc32(data, value) -> the CRC-32 of data (a string as UTF-8) from
	// value.
	set("crc32", func(call goja.FunctionCall) goja.Value {
		var data []byte
		if s, ok := gojaprops.Export(call.Argument(0)).(string); ok {
			data = []byte(s)
		} else {
			data = bytesOf(rt, call.Argument(0))
		}
		return rt.ToValue(crc32.Update(uint32(call.Argument(1).ToInteger()), crc32.IEEETable, data))
	})
}
