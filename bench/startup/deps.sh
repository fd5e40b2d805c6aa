#!/usr/bin/env bash
# What the dependencies alone cost mcrepl's start-up: builds the tree of BASE (default 041ec95,
# the last commit before the Worker APIs, issue 15's reference), the same tree with a blank import
# of every package that the current tree links and BASE did not ("basedeps": their init functions
# and data, none of mcrepl's code that uses them), and the current tree, then measures them side by
# side with bench/startup (also the current tree in process: no supervisor, no trims).
#
#   bench/startup/deps.sh              300 runs of each
#   N=100 BASE=abc1234 bench/startup/deps.sh
#
# Run from anywhere inside the repository; needs go and git, and builds offline from the module
# cache when the current tree has been built before.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
base=${BASE:-041ec95}
n=${N:-300}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "building $base, $base with the current tree's dependencies, and the current tree in $tmp" >&2
mkdir "$tmp/base" "$tmp/basedeps"
git -C "$root" archive "$base" | tar -x -C "$tmp/base"
git -C "$root" archive "$base" | tar -x -C "$tmp/basedeps"
(cd "$tmp/base" && go build -o "$tmp/mcrepl-base" .)
(cd "$root" && go build -o "$tmp/mcrepl-now" .)

# The packages the current tree links that BASE did not, less mcrepl's own, the standard
# library's internal and vendored ones and other modules' internal ones (the packages that
# import those bring them in).
(cd "$tmp/base" && go list -deps . | sort) >"$tmp/deps-base"
(cd "$root" && go list -deps . | sort) >"$tmp/deps-now"
comm -13 "$tmp/deps-base" "$tmp/deps-now" |
	grep -v -e '^github.com/mcrepl/' -e '/internal' -e '^internal/' -e '^vendor/' >"$tmp/deps-new" || true
if [ ! -s "$tmp/deps-new" ]; then
	echo "deps.sh: the current tree links no package that $base did not" >&2
	exit 1
fi
echo "$(wc -l <"$tmp/deps-new") packages new since $base: $(tr '\n' ' ' <"$tmp/deps-new")" >&2
cp "$root/go.mod" "$root/go.sum" "$tmp/basedeps/"
{
	echo "package main"
	echo
	echo "import ("
	sed 's/.*/\t_ "&"/' "$tmp/deps-new"
	echo ")"
} >"$tmp/basedeps/deps_probe.go"
(cd "$tmp/basedeps" && go build -mod=mod -o "$tmp/mcrepl-basedeps" .)
ls -l "$tmp"/mcrepl-* | awk '{print $5, $NF}' >&2

cd "$root"
go run ./bench/startup -n "$n" \
	-bin "base=$tmp/mcrepl-base" \
	-bin "basedeps=$tmp/mcrepl-basedeps" \
	-bin "now=$tmp/mcrepl-now" \
	-bin "inproc=$tmp/mcrepl-now,MCREPL_ENGINE=inprocess"
