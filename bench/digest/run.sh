#!/usr/bin/env bash
# bench/digest/run.sh: crypto.subtle.digest throughput (digest.js) side by side in mcrepl, node
# and workerd, interleaved, ROUNDS rounds (default 3); prints each runtime's median MB/s per
# algorithm, and mcrepl's ratio to workerd (above 1: mcrepl is faster).
#
#   bench/digest/run.sh                  build mcrepl, every runtime
#   ROUNDS=5 MCREPL=/tmp/mcrepl NODE=node WORKERD=/path/to/workerd bench/digest/run.sh
#
# A runtime that is not found is left out with a note. workerd runs the workload as the body of
# a test() handler (bench/workerd/*.tmpl), at compatibility date 2025-08-15.
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

f=$here/digest.js
# run RUNTIME: prints the workload's RESULT lines.
run() {
  case $1 in
    mcrepl) "$mcrepl" run "$f" ;;
    node) "$node" "$f" ;;
    workerd)
      local d=$tmp/wd
      mkdir -p "$d"
      awk -v body="$f" '
        /\{\{BODY\}\}/ { while ((getline line < body) > 0) print line; next }
        { gsub(/\{\{NAME\}\}/, "digest"); print }' "$repo/bench/workerd/worker.js.tmpl" > "$d/worker.js"
      sed 's/{{DATE}}/2025-08-15/' "$repo/bench/workerd/config.capnp.tmpl" > "$d/config.capnp"
      (cd "$d" && "$workerd" test config.capnp 2>&1) ;;
  esac | grep '^RESULT'
}

runtimes=(mcrepl)
[ -n "$node" ] && runtimes+=(node) || echo "bench: node not found, left out" >&2
[ -n "$workerd" ] && runtimes+=(workerd) || echo "bench: workerd not found, left out" >&2

for ((r = 1; r <= rounds; r++)); do
  for rt in "${runtimes[@]}"; do
    run "$rt" | sed -n "s/^RESULT name=digest-\([A-Z0-9-]*\) .*MBps=\([0-9]*\).*/$rt \1 \2/p" >> "$tmp/results"
  done
done

printf '%-8s' algorithm
for rt in "${runtimes[@]}"; do printf ' %10s' "$rt MB/s"; done
printf ' %16s\n' "mcrepl/workerd"
for alg in SHA-1 SHA-256 SHA-384 SHA-512 MD5; do
  printf '%-8s' "$alg"
  declare -A med=()
  for rt in "${runtimes[@]}"; do
    m=$(awk -v rt="$rt" -v a="$alg" '$1 == rt && $2 == a {print $3}' "$tmp/results" | sort -n |
      awk '{v[NR]=$1} END{if (NR) print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2); else print "-"}')
    med[$rt]=$m
    printf ' %10s' "$m"
  done
  if [ -n "${med[workerd]:-}" ] && [ "${med[workerd]}" != "-" ] && [ "${med[mcrepl]}" != "-" ]; then
    awk -v a="${med[mcrepl]}" -v b="${med[workerd]}" 'BEGIN{printf " %16.2f\n", a / b}'
  else
    printf ' %16s\n' "-"
  fi
  unset med
done
