#!/usr/bin/env bash
# bench/text/url-cpu.sh: CPU time per new URL() in mcrepl and workerd, from outside (user+sys
# of /usr/bin/time), for text.js's four URL shapes: a run of R rounds of 4,000 parses minus a run
# of none, so start-up is left out. On a loaded machine this is steadier than run.sh's rates,
# which are wall-clock. Prints each round and mcrepl's ratio (above 1: mcrepl is slower).
#
#   bench/text/url-cpu.sh                         build mcrepl; 3 rounds of R=100
#   ROUNDS=5 R=200 MCREPL=/tmp/mcrepl WORKERD=/path/to/workerd bench/text/url-cpu.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${ROUNDS:-3}
r=${R:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mcrepl=${MCREPL:-}
if [ -z "$mcrepl" ]; then
  (cd "$repo" && go build -o "$tmp/mcrepl" .)
  mcrepl=$tmp/mcrepl
fi
workerd=${WORKERD:-/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd}
[ -x "$workerd" ] || workerd=$(command -v workerd || true)
[ -n "$workerd" ] || { echo "url-cpu: workerd not found (set WORKERD)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "url-cpu: needs /usr/bin/time" >&2; exit 1; }

body='
const urls = [];
for (let i = 0; i < 1000; i++) {
  urls.push("https://example.com/path/" + i + "?q=" + i + "&page=2#frag");
  urls.push("http://user:pass@sub" + (i % 97) + ".example.org:8080/a/../b/./c?x=%20y");
  urls.push("https://EXAMPLE.com/%E2%82%AC" + i);
  urls.push("https://xn--nxasmq6b.com/" + i);
}
for (let r = 0; r < ROUNDS; r++) for (const u of urls) new URL(u);'
for n in 0 "$r"; do
  mkdir -p "$tmp/$n"
  printf 'const ROUNDS = %s;%s\n' "$n" "$body" > "$tmp/$n/script.js"
  printf 'export default { async test() {\nconst ROUNDS = %s;%s\n} };\n' "$n" "$body" > "$tmp/$n/worker.js"
  sed 's/{{DATE}}/2025-08-15/' "$repo/bench/workerd/config.capnp.tmpl" > "$tmp/$n/config.capnp"
done
cpu() { /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{print $1 + $2}'; }
for ((i = 1; i <= rounds; i++)); do
  m0=$(cpu "$mcrepl" --compatibility-date 2025-08-15 --trace off run "$tmp/0/script.js")
  m1=$(cpu "$mcrepl" --compatibility-date 2025-08-15 --trace off run "$tmp/$r/script.js")
  w0=$(cd "$tmp/0" && cpu "$workerd" test config.capnp)
  w1=$(cd "$tmp/$r" && cpu "$workerd" test config.capnp)
  awk -v m0="$m0" -v m1="$m1" -v w0="$w0" -v w1="$w1" -v n=$((r * 4000)) 'BEGIN {
    m = m1 - m0; w = w1 - w0
    printf "mcrepl %.2f us/URL  workerd %.2f us/URL  ratio %.2f\n", m / n * 1e6, w / n * 1e6, (w > 0 ? m / w : 0) }'
done
