#!/usr/bin/env bash
# bench/text/run.sh: TextEncoder/TextDecoder, atob/btoa MB/s and URL parses per second (text.js)
# side by side in mcrepl, node and workerd, interleaved, ROUNDS rounds (default 3); prints each
# runtime's median per measure, and mcrepl's ratio to workerd (above 1: mcrepl is faster).
#
#   bench/text/run.sh                  build mcrepl, every runtime
#   ROUNDS=5 MCREPL=/tmp/mcrepl NODE=node WORKERD=/path/to/workerd bench/text/run.sh
#
# A runtime that is not found is left out with a note. workerd runs the workload as the body of
# a test() handler (bench/workerd/*.tmpl), at compatibility date 2025-08-15, and mcrepl at the
# same date with its event log off. The rates are wall-clock; on a loaded machine
# bench/text/url-cpu.sh gives the CPU time per new URL() of mcrepl and workerd instead.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${ROUNDS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mcrepl=${MCREPL:-}
if [ -z "$mcrepl" ]; then
  (cd "$repo" && go build -o "$tmp/mcrepl" .)
  mcrepl=$tmp/mcrepl
fi
node=${NODE:-$(command -v node || true)}
workerd=${WORKERD:-/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd}
[ -x "$workerd" ] || workerd=$(command -v workerd || true)

f=$here/text.js
# run RUNTIME: prints the workload's RESULT lines.
run() {
  case $1 in
    mcrepl) "$mcrepl" --compatibility-date 2025-08-15 --trace off run "$f" ;;
    node) "$node" "$f" ;;
    workerd)
      local d=$tmp/wd
      mkdir -p "$d"
      awk -v body="$f" '
        /\{\{BODY\}\}/ { while ((getline line < body) > 0) print line; next }
        { gsub(/\{\{NAME\}\}/, "text"); print }' "$repo/bench/workerd/worker.js.tmpl" > "$d/worker.js"
      sed 's/{{DATE}}/2025-08-15/' "$repo/bench/workerd/config.capnp.tmpl" > "$d/config.capnp"
      (cd "$d" && "$workerd" test config.capnp 2>&1) ;;
  esac | grep '^RESULT'
}

runtimes=(mcrepl)
[ -n "$node" ] && runtimes+=(node) || echo "bench: node not found, left out" >&2
[ -n "$workerd" ] && runtimes+=(workerd) || echo "bench: workerd not found, left out" >&2

for ((r = 1; r <= rounds; r++)); do
  for rt in "${runtimes[@]}"; do
    run "$rt" | sed -n "s/^RESULT name=\([a-zA-Z0-9-]*\) [a-zA-Z]*=\([0-9]*\).*/$rt \1 \2/p" >> "$tmp/results"
  done
done

printf '%-20s' measure
for rt in "${runtimes[@]}"; do printf ' %10s' "$rt"; done
printf ' %16s\n' "mcrepl/workerd"
for m in encode-ascii encode-mixed decode-ascii decode-mixed encodeInto-mixed btoa atob url-parse url-parse-relative url-href; do
  printf '%-20s' "$m"
  declare -A med=()
  for rt in "${runtimes[@]}"; do
    v=$(awk -v rt="$rt" -v m="$m" '$1 == rt && $2 == m {print $3}' "$tmp/results" | sort -n |
      awk '{v[NR]=$1} END{if (NR) print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2); else print "-"}')
    med[$rt]=$v
    printf ' %10s' "$v"
  done
  if [ -n "${med[workerd]:-}" ] && [ "${med[workerd]}" != "-" ] && [ "${med[mcrepl]}" != "-" ] && [ "${med[workerd]}" != 0 ]; then
    awk -v a="${med[mcrepl]}" -v b="${med[workerd]}" 'BEGIN{printf " %16.2f\n", a / b}'
  else
    printf ' %16s\n' "-"
  fi
  unset med
done
echo "(codecs in MB/s, URLs in parses per second; medians of $rounds rounds)"
