#!/usr/bin/env bash
# Builds hirekit and runs it on the bundled example data: the README's first command.
# The example hiring folder is dated around 23 November 2026; --today pins "now" to that day so
# the output is the same whenever you run it.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
hirekit="$PWD/target/release/hirekit"
today=2026-11-23

step() { printf '\n\033[1m$ hirekit %s\033[0m\n' "$*"; }

step scorecard validate scorecards/
"$hirekit" scorecard validate scorecards/

step scorecard show scorecards/senior-backend-developer.yaml --lang nl
"$hirekit" scorecard show scorecards/senior-backend-developer.yaml --lang nl

cd examples/hiring

step score
"$hirekit" score

step due --today "$today"
"$hirekit" due --today "$today"
