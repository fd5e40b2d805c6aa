#!/usr/bin/env bash
# Runs the whole-program benchmarks: see bench/run.mjs, `bench/run.sh --help` and
# docs/benchmarks.md. Needs node (18 or newer), go, npm and, for peak memory, /usr/bin/time.
set -euo pipefail
exec node "$(dirname "${BASH_SOURCE[0]}")/run.mjs" "$@"
