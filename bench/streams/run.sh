#!/usr/bin/env bash
# bench/streams/run.sh: the streams workloads (reader.js, gzip.js, tee.js) side by side in
# mcrepl, node and workerd, interleaved, ROUNDS rounds (default 3); prints each runtime's median
# of the time the workload measures itself (RESULT ms=), of the whole process (wall) and of its
# CPU time (user + system, from /usr/bin/time: the figure to compare on a busy machine).
#
#   bench/streams/run.sh                       build mcrepl, every workload, every runtime
#   ROUNDS=5 bench/streams/run.sh reader tee   only these workloads
#   MCREPL=/tmp/mcrepl NODE=node WORKERD=/path/to/workerd bench/streams/run.sh
#
# A runtime that is not found is left out with a note. workerd runs a workload as the body of
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

workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(reader gzip tee)

# run RUNTIME WORKLOAD: prints "ms wall cpu" for one run.
run() {
  local rt=$1 w=$2 f=$here/$2.js out start end t=$tmp/time
  start=$(date +%s%N)
  case $rt in
    mcrepl) out=$(/usr/bin/time -o "$t" -f '%U %S' "$mcrepl" run "$f") ;;
    node) out=$(/usr/bin/time -o "$t" -f '%U %S' "$node" "$f") ;;
    workerd)
      local d=$tmp/wd-$w
      mkdir -p "$d"
      awk -v body="$f" -v name="$w" '
        /\{\{BODY\}\}/ { while ((getline line < body) > 0) print line; next }
        { gsub(/\{\{NAME\}\}/, name); print }' "$repo/bench/workerd/worker.js.tmpl" > "$d/worker.js"
      sed 's/{{DATE}}/2025-08-15/' "$repo/bench/workerd/config.capnp.tmpl" > "$d/config.capnp"
      out=$(cd "$d" && /usr/bin/time -o "$t" -f '%U %S' "$workerd" test config.capnp 2>&1) ;;
  esac
  end=$(date +%s%N)
  local ms
  ms=$(printf '%s\n' "$out" | sed -n 's/.*RESULT name=[a-z]* ms=\([0-9.]*\).*/\1/p' | head -1)
  [ -n "$ms" ] || { echo "bench: $rt $w printed no RESULT:" >&2; printf '%s\n' "$out" >&2; return 1; }
  echo "$ms $(( (end - start) / 1000000 )) $(awk '{printf "%d", ($1 + $2) * 1000}' "$t")"
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

runtimes=(mcrepl)
[ -n "$node" ] && runtimes+=(node) || echo "bench: node not found, left out" >&2
[ -n "$workerd" ] && runtimes+=(workerd) || echo "bench: workerd not found, left out" >&2

printf '%-8s %-8s %10s %10s %10s\n' workload runtime "ms(self)" "ms(wall)" "ms(cpu)"
for w in "${workloads[@]}"; do
  for rt in "${runtimes[@]}"; do : > "$tmp/$w.$rt"; done
  for ((i = 0; i < rounds; i++)); do
    for rt in "${runtimes[@]}"; do run "$rt" "$w" >> "$tmp/$w.$rt"; done
  done
  for rt in "${runtimes[@]}"; do
    printf '%-8s %-8s %10s %10s %10s\n' "$w" "$rt" \
      "$(cut -d' ' -f1 "$tmp/$w.$rt" | median)" "$(cut -d' ' -f2 "$tmp/$w.$rt" | median)" \
      "$(cut -d' ' -f3 "$tmp/$w.$rt" | median)"
  done
done
