package serve

import (
	"context"
	"io/fs"
	"log"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// sourceExts are the files whose change reloads the Worker.
var sourceExts = map[string]bool{".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".mts": true,
	".cts": true, ".jsx": true, ".tsx": true, ".json": true, ".toml": true, ".jsonc": true}

// maxWatched bounds the files polled: a folder bigger than that is a
// project whose node_modules or build output is where it should not be.
const maxWatched = 5000

// snapshot is the modification time and size of every source file under
// dir (node_modules and dot folders skipped).
func snapshot(dir string) map[string]string {
	out := map[string]string{}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if len(out) >= maxWatched {
			return filepath.SkipAll
		}
		if !sourceExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		if info, err := d.Info(); err == nil {
			out[p] = info.ModTime().String() + "/" + strconv.FormatInt(info.Size(), 10)
		}
		return nil
	})
	return out
}

func same(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// watch polls the entry's folder and reloads the Worker when a source file
// changes. A Worker that no longer loads keeps the old one serving.
func (s *Server) watch(ctx context.Context) {
	dir := filepath.Dir(s.cfg.Path)
	last := snapshot(dir)
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := snapshot(dir)
		if same(now, last) {
			continue
		}
		last = now
		g, err := s.load(ctx)
		if err != nil {
			s.logf("mcrepl: reload of %s failed, still serving the previous version: %v", s.cfg.Path, err)
			continue
		}
		old := s.gen.Swap(g)
		s.logf("mcrepl: reloaded %s", s.cfg.Path)
		go func() {
			old.inflight.Wait()
			old.w.Close()
		}()
	}
}

// newQuietLog is net/http's error log: its messages (TLS handshakes,
// malformed requests it already answered with 400) are not the user's.
func newQuietLog() *log.Logger { return log.New(discard{}, "", 0) }

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
