package node

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/worker/host"
)

// drive runs data through an engine as js/zlib.js does: input in pieces of
// up to step bytes, output room of room bytes, writing again while the room
// was filled, and finish at the end.
func drive(t *testing.T, e zengine, data []byte, step, room int, last int) ([]byte, *zlibError) {
	t.Helper()
	var out []byte
	buf := make([]byte, room)
	for off := 0; ; {
		end := min(off+step, len(data))
		flush := zNoFlush
		if end == len(data) {
			flush = last
		}
		in := data[off:end]
		for {
			n, used, err := e.write(flush, end == len(data), in, buf)
			if n > room || used > len(in) {
				t.Fatalf("write gave %d bytes into %d of room, used %d of %d", n, room, used, len(in))
			}
			out = append(out, buf[:n]...)
			in = in[used:]
			if err != nil {
				return out, err
			}
			if n < room {
				break
			}
		}
		off = end
		if off == len(data) {
			return out, nil
		}
	}
}

func testData(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		if i%3 == 0 {
			b[i] = byte(r.Uint32())
		} else {
			b[i] = 'a' + byte(i%7)
		}
	}
	return b
}

// TestZlibRoundTrips: every compressor's output through its decompressor,
// in pieces and with small output rooms, at several levels and windows.
func TestZlibRoundTrips(t *testing.T) {
	data := testData(100000)
	pairs := [][2]int{{zDeflate, zInflate}, {zDeflate, zUnzip}, {zGzip, zGunzip}, {zGzip, zUnzip}, {zDeflateRaw, zInflateRaw}, {zBrotliEnc, zBrotliDec}, {zZstdEnc, zZstdDec}}
	for _, p := range pairs {
		for _, o := range []zlibOptions{{windowBits: 15, level: -1}, {windowBits: 15, level: 0}, {windowBits: 15, level: 9}, {windowBits: 9, level: 6}, {windowBits: 15, level: 6, strategy: 2}} {
			o.mode = p[0]
			comp, err := drive(t, newEngine(o), data, 7000, 333, zFinish)
			if err != nil {
				t.Fatalf("mode %d %+v: %v", p[0], o, err)
			}
			o.mode = p[1]
			if o.windowBits < 15 && p[1] != zInflate {
				o.windowBits = 15
			}
			for _, step := range []int{1 << 20, 1000, 17} {
				d := newEngine(o)
				got, err := drive(t, d, comp, step, 4096, zFinish)
				d.close()
				if err != nil || !bytes.Equal(got, data) {
					t.Fatalf("mode %d->%d %+v step %d: %d bytes, err %v", p[0], p[1], o, step, len(got), err)
				}
			}
		}
	}
}

// TestZlibReadsGoEncoders: gzip and zlib streams from Go's own encoders,
// with a header name and comment, and two gzip members.
func TestZlibReadsGoEncoders(t *testing.T) {
	data := testData(50000)
	var gz bytes.Buffer
	for i := 0; i < 2; i++ {
		w := gzip.NewWriter(&gz)
		w.Name, w.Comment = "name.txt", "a comment"
		_, _ = w.Write(data)
		_ = w.Close()
	}
	got, err := drive(t, newEngine(zlibOptions{mode: zGunzip}), gz.Bytes(), 999, 1000, zFinish)
	if err != nil || !bytes.Equal(got, append(append([]byte{}, data...), data...)) {
		t.Fatalf("gunzip: %d bytes, %v", len(got), err)
	}
	var zl bytes.Buffer
	w, _ := zlib.NewWriterLevelDict(&zl, 9, []byte("dictionary"))
	_, _ = w.Write(data)
	_ = w.Close()
	got, err = drive(t, newEngine(zlibOptions{mode: zInflate, dict: []byte("dictionary")}), zl.Bytes(), 1<<20, 1<<16, zFinish)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("inflate with dictionary: %d bytes, %v", len(got), err)
	}
	if _, err := drive(t, newEngine(zlibOptions{mode: zInflate}), zl.Bytes(), 1<<20, 1<<16, zFinish); err == nil || err.message != "Missing dictionary" {
		t.Fatalf("inflate without the dictionary: %v", err)
	}
}

// TestZlibErrors: zlib's codes and messages for bad streams.
func TestZlibErrors(t *testing.T) {
	var zl bytes.Buffer
	w := zlib.NewWriter(&zl)
	_, _ = w.Write([]byte("hello hello"))
	_ = w.Close()
	good := zl.Bytes()
	flip := func(i int) []byte {
		b := append([]byte{}, good...)
		b[len(b)+i] ^= 1
		return b
	}
	for _, tc := range []struct {
		name  string
		mode  int
		data  []byte
		errno int
		msg   string
	}{
		{"header", zInflate, []byte("garbage"), -3, "incorrect header check"},
		{"gzip header", zGunzip, []byte("garbage"), -3, "incorrect header check"},
		{"method", zInflate, []byte{0x79, 0x9c}, -3, "incorrect header check"},
		{"checksum", zInflate, flip(-1), -3, "incorrect data check"},
		{"block type", zInflate, []byte{0x78, 0x9c, 0x07}, -3, "invalid block type"},
		{"truncated", zInflate, good[:len(good)-3], -5, "unexpected end of file"},
		{"empty", zInflate, nil, -5, "unexpected end of file"},
		{"brotli", zBrotliDec, []byte("garbage"), -1, "Compression failed"},
		{"zstd", zZstdDec, []byte("garbage"), -1, "Zstd decompression failed: Unknown frame descriptor"},
		{"zstd truncated", zZstdDec, []byte{0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x17}, -1, "unexpected end of file"},
	} {
		_, err := drive(t, newEngine(zlibOptions{mode: tc.mode, windowBits: 15}), tc.data, 1<<20, 1<<16, zFinish)
		if err == nil || err.errno != tc.errno || err.message != tc.msg {
			t.Errorf("%s: got %+v, want errno %d %q", tc.name, err, tc.errno, tc.msg)
		}
	}
}

// TestZlibBombIsBounded: 256 MiB of zeros compress to about 256 KiB; a
// write with 64 KiB of room takes at most that, and the decompressor holds
// no more than its one 32 KiB buffer, however much the input would give.
func TestZlibBombIsBounded(t *testing.T) {
	d := newDeflater(zlibOptions{mode: zDeflate, windowBits: 15, level: 9})
	zeros := make([]byte, 1<<20)
	var bomb []byte
	room := make([]byte, 1<<16)
	for i := 0; i < 256; i++ {
		flush := zNoFlush
		if i == 255 {
			flush = zFinish
		}
		for in := zeros; ; {
			n, used, _ := d.write(flush, false, in, room)
			bomb = append(bomb, room[:n]...)
			in = in[used:]
			if n < len(room) {
				break
			}
		}
	}
	if len(bomb) > 1<<20 {
		t.Fatalf("the bomb is %d bytes", len(bomb))
	}
	in := newInflater(zlibOptions{mode: zInflate, windowBits: 15})
	defer in.close()
	total := 0
	data := bomb
	for {
		n, used, err := in.write(zFinish, true, data, room)
		if err != nil {
			t.Fatal(err)
		}
		if len(in.pending) > 32<<10 {
			t.Fatalf("%d bytes pending", len(in.pending))
		}
		data = data[used:]
		total += n
		if n < len(room) {
			break
		}
	}
	if total != 256<<20 {
		t.Fatalf("inflated %d bytes", total)
	}
}

// TestZlibCloseEndsCoroutine: a decompressor waiting for input stops when
// its handle is closed.
func TestZlibCloseEndsCoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	var ins []*inflater
	for i := 0; i < 50; i++ {
		in := newInflater(zlibOptions{mode: zGunzip})
		if _, _, err := in.write(zNoFlush, false, []byte{0x1f}, make([]byte, 100)); err != nil {
			t.Fatal(err)
		}
		ins = append(ins, in)
	}
	for _, in := range ins {
		in.close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Fatalf("%d goroutines after close, %d before", n, before)
	}
}

// TestZlibGarbage: random and damaged input, in random pieces, never
// panics or hangs any decompressor; it ends in an error or an end.
func TestZlibGarbage(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	valid := map[int][]byte{}
	for _, p := range [][2]int{{zDeflate, zInflate}, {zGzip, zGunzip}, {zDeflateRaw, zInflateRaw}, {zBrotliEnc, zBrotliDec}, {zZstdEnc, zZstdDec}} {
		comp, _ := drive(t, newEngine(zlibOptions{mode: p[0], windowBits: 15, level: 6}), testData(20000), 1<<20, 1<<16, zFinish)
		valid[p[1]] = comp
	}
	for i := 0; i < 300; i++ {
		for _, mode := range []int{zInflate, zGunzip, zUnzip, zInflateRaw, zBrotliDec, zZstdDec} {
			var data []byte
			if src, ok := valid[mode]; ok && i%2 == 0 {
				data = append([]byte{}, src...)
				for k := 0; k < 1+r.IntN(4); k++ {
					data[r.IntN(len(data))] ^= byte(1 + r.IntN(255))
				}
				if i%4 == 0 {
					data = data[:r.IntN(len(data))]
				}
			} else {
				data = make([]byte, r.IntN(300))
				for k := range data {
					data[k] = byte(r.Uint32())
				}
			}
			e := newEngine(zlibOptions{mode: mode, windowBits: 15})
			_, _ = drive(t, e, data, 1+r.IntN(50), 64+r.IntN(1000), zFinish)
			e.close()
		}
	}
}

// TestZlibHandleCollected: an inflater whose handle is garbage, mid-stream,
// has its coroutine stopped by the collector.
func TestZlibHandleCollected(t *testing.T) {
	env := &host.Env{}
	before := runtime.NumGoroutine()
	for i := 0; i < 50; i++ {
		h := &zhandle{o: zlibOptions{mode: zGunzip}}
		h.start(env)
		if _, _, err := h.e.write(zNoFlush, false, []byte{0x1f}, make([]byte, 100)); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Fatalf("%d goroutines with the handles garbage, %d before", n, before)
	}
}

// TestDeflateFault: zlib's names for faults that compress/flate reports
// without one (case 2422 checks 480 more against workerd).
func TestDeflateFault(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  []byte
		dict  int
		msg   string
		short bool
	}{
		{"block type", []byte{0x07}, 0, "invalid block type", false},
		{"stored lengths", []byte{0x01, 0x05, 0x00, 0x00, 0x00}, 0, "invalid stored block lengths", false},
		{"too many symbols", []byte{0xfd, 0xff, 0x0f}, 0, "too many length or distance symbols", false},
		{"short", []byte{0x05, 0x00}, 0, "", true},
	} {
		msg, short := deflateFault(tc.data, tc.dict, 1<<15)
		if msg != tc.msg || short != tc.short {
			t.Errorf("%s: got %q short %v, want %q short %v", tc.name, msg, short, tc.msg, tc.short)
		}
	}
}
