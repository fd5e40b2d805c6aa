#!/usr/bin/env bash
# Re-records the conformance corpus from the real workerd binary.
#
#   testdata/conformance/record.sh              record every case
#   testdata/conformance/record.sh 100-post     record the cases whose name starts with 100-post
#   WORKERD=/path/to/workerd record.sh          use another binary
#
# For each cases/NAME.js it builds worker.js from wrapper.js.tmpl ({{NAME}} and {{BODY}}
# substituted) and a config.capnp using the case's "// config:" header, runs
# `workerd test config.capnp`, and writes
#   expected/NAME.out   workerd's stdout, byte for byte
#   expected/NAME.meta  "exit: N" then workerd's stderr, normalized (see README.md)
# Exits 0 with a message, recording nothing, when no workerd binary is found.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
default_bin=/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd
bin=${WORKERD:-}
if [ -z "$bin" ]; then
  if [ -x "$default_bin" ]; then bin=$default_bin
  elif [ -x "$here/../../node_modules/@cloudflare/workerd-linux-64/bin/workerd" ]; then
    bin="$here/../../node_modules/@cloudflare/workerd-linux-64/bin/workerd"
  elif command -v workerd >/dev/null 2>&1; then bin=$(command -v workerd)
  fi
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "record.sh: workerd binary not found (set WORKERD=/path/to/workerd, or run" \
       "'npm install @cloudflare/workerd-linux-64'); nothing recorded." >&2
  exit 0
fi

default_date=2025-08-15
prefix=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "record.sh: using $bin ($("$bin" --version 2>&1 | head -1))" >&2

# header FILE KEY: value of KEY=... in the first line "// config: date=... flags=a,b"
header() {
  local first
  first=$(head -n 1 "$1")
  case "$first" in
    "// config:"*) ;;
    *) return 0 ;;
  esac
  printf '%s\n' "${first#// config:}" | tr ' ' '\n' | sed -n "s/^$2=//p" | head -n 1
}

# normalize stderr: drop C++/Rust source locations (file.c++:123: ), the test duration,
# and JS stack frames (whose line numbers are not part of the behaviour).
normalize() {
  sed -E -e 's/[A-Za-z0-9_\/.+-]+\.(c\+\+|h|rs|cc|cpp):[0-9]+: //g' \
         -e 's/^(debug: \[ (PASS|FAIL) \] [a-z]+) \([^)]*\)$/\1/' \
    | grep -Ev '^[[:space:]]+at ' || true
}

count=0
for f in "$here"/cases/*.js; do
  name=$(basename "$f" .js)
  case "$name" in "$prefix"*) ;; *) continue ;; esac
  date=$(header "$f" date); date=${date:-$default_date}
  flags=$(header "$f" flags)
  flaglist=""
  if [ -n "$flags" ]; then
    flaglist=$(printf '%s' "$flags" | tr ',' '\n' | sed 's/.*/"&"/' | paste -sd, -)
  fi
  d="$tmp/$name"; mkdir -p "$d"
  awk -v name="$name" -v body="$f" '
    /\{\{BODY\}\}/ { while ((getline line < body) > 0) print line; next }
    { gsub(/\{\{NAME\}\}/, name); print }' "$here/wrapper.js.tmpl" > "$d/worker.js"
  cat > "$d/config.capnp" <<CAPNP
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w) ] );
const w :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "$date",
  compatibilityFlags = [$flaglist],
);
CAPNP
  set +e
  (cd "$d" && TZ=UTC timeout 60 "$bin" test config.capnp >stdout 2>stderr)
  rc=$?
  set -e
  cp "$d/stdout" "$here/expected/$name.out"
  { echo "exit: $rc"; normalize < "$d/stderr"; } > "$here/expected/$name.meta"
  count=$((count + 1))
  echo "recorded $name (exit $rc)" >&2
done
echo "record.sh: $count case(s) recorded into $here/expected" >&2
