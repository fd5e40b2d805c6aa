#!/usr/bin/env bash
# Runs this example under the real `workerd test` and under `mcrepl run`, and
# compares what they print (mcrepl's event log off).
#
#   scripts/ts-worker/check-workerd.sh
#   WORKERD=/path/to/workerd scripts/ts-worker/check-workerd.sh
#
# Without WORKERD it uses node_modules/@cloudflare/workerd-linux-64 of the
# repository or a folder above it, else workerd on the PATH.
#
# workerd does not compile TypeScript: each .ts file is stripped to .js by
# esbuild (the version in go.mod, through `go run`), one file each, not
# bundled, and listed as an ES module under its original name so that the
# imports ("./rpc.ts") resolve unchanged.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# The binary: $WORKERD, else an npm install in the repository (or a folder
# above it), else workerd on the PATH.
bin=${WORKERD:-}
if [ -z "$bin" ]; then
  dir=$root
  while [ "$dir" != / ]; do
    if [ -x "$dir/node_modules/@cloudflare/workerd-linux-64/bin/workerd" ]; then
      bin=$dir/node_modules/@cloudflare/workerd-linux-64/bin/workerd
      break
    fi
    dir=$(dirname "$dir")
  done
fi
[ -n "$bin" ] || bin=$(command -v workerd || true)
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "check-workerd.sh: no workerd found (set WORKERD=/path/to/workerd, or run 'npm install @cloudflare/workerd-linux-64' in $root)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && go run github.com/evanw/esbuild/cmd/esbuild "$here"/*.ts --outdir="$tmp" --log-level=warning)
cp "$here"/*.js "$tmp"/
# The entry point is the first module listed: worker.ts.
modules=""
for f in "$here"/worker.ts $(ls "$here"/*.ts "$here"/*.js | grep -v '/worker\.ts$'); do
  name=$(basename "$f")
  case "$name" in
    *.ts) file=${name%.ts}.js ;;
    *) file=$name ;;
  esac
  modules+="(name = \"$name\", esModule = embed \"$file\"), "
done
cat > "$tmp/config.capnp" <<CAPNP
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w) ] );
const w :Workerd.Worker = ( modules = [ $modules ], compatibilityDate = "2026-11-17" );
CAPNP

(cd "$tmp" && "$bin" test config.capnp >workerd.out 2>workerd.err) || {
  echo "check-workerd.sh: workerd test failed:" >&2
  cat "$tmp/workerd.err" >&2
  exit 1
}
(cd "$root" && go run . run --compat-date 2026-11-17 --trace off scripts/ts-worker/worker.ts) >"$tmp/mcrepl.out"
diff -u "$tmp/workerd.out" "$tmp/mcrepl.out"
echo "check-workerd.sh: workerd and mcrepl print the same $(wc -l <"$tmp/mcrepl.out") lines"
