package node

import (
	"bytes"
	"errors"
	"io"

	"github.com/klauspost/compress/zstd"
)

// node:zlib's zstd, over klauspost/compress/zstd, in the same push model as
// zlib.go's engines: the encoder writes into pending, the decoder runs in
// the inflater's coroutine. Both are synchronous (concurrency 1: no
// goroutines of their own).

// zstd's parameters, as node:zlib numbers them (ZSTD_c_*, ZSTD_d_*).
const (
	zstdCompressionLevel = 100
	zstdWindowLog        = 101
	zstdChecksumFlag     = 201
	zstdDWindowLogMax    = 100
)

// zstdEncoder compresses: the level, window and checksum flag apply; the
// other parameters are accepted and have no effect.
type zstdEncoder struct {
	w        *zstd.Encoder
	pending  bytes.Buffer
	finished bool
}

func newZstdEncoder(o zlibOptions) *zstdEncoder {
	level := 3
	if l, ok := o.params[zstdCompressionLevel]; ok && l != 0 {
		level = l
	}
	opts := []zstd.EOption{
		zstd.WithEncoderConcurrency(1),
		zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(level)),
		zstd.WithEncoderCRC(o.params[zstdChecksumFlag] != 0),
	}
	if wl, ok := o.params[zstdWindowLog]; ok && wl != 0 {
		opts = append(opts, zstd.WithWindowSize(1<<min(max(wl, 10), 27)))
	}
	e := &zstdEncoder{}
	e.w, _ = zstd.NewWriter(&e.pending, opts...)
	return e
}

func (e *zstdEncoder) write(flush int, _ bool, in, out []byte) (int, int, *zlibError) {
	if !e.finished {
		if len(in) > 0 {
			_, _ = e.w.Write(in)
		}
		switch flush {
		case zFinish:
			_ = e.w.Close()
			e.finished = true
		case zSyncFlush:
			_ = e.w.Flush()
		}
	}
	n, _ := e.pending.Read(out)
	return n, len(in), nil
}

func (e *zstdEncoder) params(int, int) {}
func (e *zstdEncoder) close()          {}

// zstd is the coroutine of a zstd decoder: frames to the end of the input.
// A window is limited to 2^27 bytes unless ZSTD_d_windowLogMax says
// otherwise, as in zstd.
func (d *inflater) zstd() *zlibError {
	window := uint64(1) << 27
	if wl, ok := d.o.params[zstdDWindowLogMax]; ok && wl != 0 {
		window = uint64(1) << min(max(wl, 10), 31)
	}
	zr, err := zstd.NewReader(d, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(window), zstd.WithDecoderLowmem(true))
	if err != nil {
		return &zlibError{-1, "ERR_ZSTD_DECOMPRESSION_FAILED", "Zstd decompression failed: " + err.Error(), false}
	}
	defer zr.Close()
	for {
		n, err := zr.Read(d.buf)
		if n > 0 && !d.emit(d.buf[:n]) {
			return nil
		}
		switch {
		case err == nil:
		case err == io.EOF, errors.Is(err, errStopped):
			return nil
		case errors.Is(err, io.ErrUnexpectedEOF):
			return d.cut()
		default:
			return &zlibError{-1, "ERR_ZSTD_DECOMPRESSION_FAILED", "Zstd decompression failed: " + zstdMessage(err), false}
		}
	}
}

// zstdMessage is zstd's ZSTD_getErrorString for a decoder's error, as near
// as klauspost's errors tell it.
func zstdMessage(err error) string {
	switch {
	case errors.Is(err, zstd.ErrMagicMismatch):
		return "Unknown frame descriptor"
	case errors.Is(err, zstd.ErrCRCMismatch):
		return "Restored data doesn't match checksum"
	case errors.Is(err, zstd.ErrWindowSizeExceeded), errors.Is(err, zstd.ErrDecoderSizeExceeded):
		return "Frame requires too much memory for decoding"
	case errors.Is(err, zstd.ErrUnknownDictionary):
		return "Dictionary mismatch"
	}
	return "Data corruption detected"
}
