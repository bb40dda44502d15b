#!/usr/bin/env bash
# Builds hirekit and runs it on the bundled example data: the README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
hirekit="$PWD/target/release/hirekit"

step() { printf '\n\033[1m$ hirekit %s\033[0m\n' "$*"; }

step scorecard validate scorecards/
"$hirekit" scorecard validate scorecards/

step scorecard show scorecards/senior-backend-developer.yaml --lang nl
"$hirekit" scorecard show scorecards/senior-backend-developer.yaml --lang nl
