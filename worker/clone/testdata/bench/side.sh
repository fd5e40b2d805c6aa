#!/usr/bin/env bash
# Runs clone.js side by side in mcrepl, bun, node and workerd, ROUNDS times (default 5), the
# runtimes interleaved within each round, and prints per round the milliseconds of 100 clones
# of the 10,000-node graph and of 1,000 clones of a 1 MiB ArrayBuffer, then the medians and the
# median of mcrepl's per-round ratio to each peer.
#
#   worker/clone/testdata/bench/side.sh [ROUNDS]
#
# mcrepl is built from this checkout. bun and workerd come from the cache that bench/run.sh
# fills (${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcrepl-bench}/node_modules), or from
# $BUN and $WORKERD; a runtime that is not found is left out. mcrepl, bun and node time the
# clones in the script. workerd's clock is documented to move only on I/O, so its figure is the
# difference between two `workerd test` runs of the same script, with and without the clones.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
rounds=${1:-5}
cache=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcrepl-bench}
bun=${BUN:-$cache/node_modules/@oven/bun-linux-x64/bin/bun}
workerd=${WORKERD:-$cache/node_modules/@cloudflare/workerd-linux-64/bin/workerd}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && go build -o "$tmp/mcrepl" .)
js=$here/clone.js

# workerd: one worker per (workload, reps), from bench/workerd's templates.
wd() { # NAME SETUP REPS
  mkdir -p "$tmp/$1"
  { echo 'globalThis.cloneBenchLibraryOnly = true;'; cat "$js"
    echo "const v = $2; for (let i = 0; i < 5; i++) structuredClone(v);"
    echo "for (let i = 0; i < $3; i++) structuredClone(v); const done = Promise.resolve();"; } > "$tmp/$1/body.js"
  awk -v body="$tmp/$1/body.js" '/\{\{BODY\}\}/ { while ((getline l < body) > 0) print l; next } { gsub(/\{\{NAME\}\}/, "clone"); print }' \
    "$root/bench/workerd/worker.js.tmpl" > "$tmp/$1/worker.js"
  sed -e 's/{{DATE}}/2025-08-15/' "$root/bench/workerd/config.capnp.tmpl" > "$tmp/$1/config.capnp"
}
have_wd=false
if [ -x "$workerd" ]; then
  have_wd=true
  wd g0 'makeGraph(10000)' 0; wd g1 'makeGraph(10000)' 100
  wd b0 'makeBuffer()' 0; wd b1 'makeBuffer()' 1000
fi
wdms() { # ms of the test() run in DIR
  "$workerd" test "$tmp/$1/config.capnp" 2>&1 |
    sed -n 's/.*PASS \] main (\([0-9.]*\)\(m\?s\)).*/\1 \2/p' | awk '{ print ($2 == "s") ? $1 * 1000 : $1 }'
}
pick() { sed -n "s/^$1.*: \([0-9.]*\) ms$/\1/p"; }
run() { # RUNTIME: "graph buffer" ms
  local out
  case $1 in
    mcrepl) out=$("$tmp/mcrepl" run "$js") ;;
    bun) out=$("$bun" "$js") ;;
    node) out=$(node "$js") ;;
    workerd)
      echo "$(echo "$(wdms g1) - $(wdms g0)" | bc) $(echo "$(wdms b1) - $(wdms b0)" | bc)"
      return ;;
  esac
  echo "$(echo "$out" | pick '100 clones of a 10,000') $(echo "$out" | pick '1,000 clones')"
}
runtimes=(mcrepl)
[ -x "$bun" ] && runtimes+=(bun)
command -v node >/dev/null && runtimes+=(node)
$have_wd && runtimes+=(workerd)
for r in $(seq 1 "$rounds"); do
  line="round $r"
  for rt in "${runtimes[@]}"; do line+=" $rt $(run "$rt")"; done
  echo "$line" | tee -a "$tmp/rounds"
done
# Medians, and the median of mcrepl's per-round ratio to each peer.
awk '
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    n++
    for (i = 3; i <= NF; i += 3) { rt = $i; names[rt] = 1; g[rt, n] = $(i + 1); b[rt, n] = $(i + 2) }
  }
  END {
    for (rt in names) {
      for (k = 1; k <= n; k++) { x[k] = g[rt, k]; y[k] = b[rt, k]; rg[k] = g["mcrepl", k] / g[rt, k]; rb[k] = b["mcrepl", k] / b[rt, k] }
      printf "%-8s graph %7.0f ms  buffer %6.0f ms", rt, median(x, n), median(y, n)
      if (rt != "mcrepl") printf "  mcrepl/%s: graph %.2f  buffer %.2f", rt, median(rg, n), median(rb, n)
      printf "\n"
    }
  }' "$tmp/rounds"
