#!/usr/bin/env bash
# Builds hirekit and runs it on the bundled example data: the README's first command.
#
# It works on a scratch copy in target/example/ (in $CARGO_TARGET_DIR when set), so letters and records it writes never change
# the repository and the script gives the same output every time. The example hiring folder is
# dated around 23 November 2026; --today pins "now" to that day.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building hirekit (release). The first build takes several minutes; later ones are quick." >&2
cargo build --release
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
hirekit="$target_dir/release/hirekit"
today=2026-11-23

scratch="$target_dir/example"
rm -rf "$scratch"
mkdir -p "$scratch/examples"
cp -R scorecards "$scratch/scorecards"
cp -R examples/hiring "$scratch/examples/hiring"

step() { printf '\n\033[1m$ hirekit %s\033[0m\n' "$*"; }

step scorecard validate scorecards/
"$hirekit" scorecard validate scorecards/

step scorecard show scorecards/senior-backend-developer.yaml --lang nl
"$hirekit" scorecard show scorecards/senior-backend-developer.yaml --lang nl

cd "$scratch/examples/hiring"
echo
echo "(working in a scratch copy of examples/hiring: $PWD)"

step score
"$hirekit" score

step due --today "$today"
"$hirekit" due --today "$today"

step feedback --today "$today"
"$hirekit" feedback --today "$today"

step "(the Dutch letter to c-2026-014)"
cat out/c-2026-014.txt

step due --today "$today" "  (the letters are written; sending them is what is due now)"
"$hirekit" due --today "$today"

step redflags check c-2026-017 --today "$today"
"$hirekit" redflags check c-2026-017 --today "$today"

step cost cost/senior-backend-mis-hire.yaml --scenarios
"$hirekit" cost cost/senior-backend-mis-hire.yaml --scenarios

step kit senior-backend-developer --pdf out/kit-senior-backend-developer.pdf --today "$today"
"$hirekit" kit senior-backend-developer --pdf out/kit-senior-backend-developer.pdf --today "$today"

step cost cost/senior-backend-mis-hire.yaml --scenarios --pdf out/cost-senior-backend.pdf --today "$today"
"$hirekit" cost cost/senior-backend-mis-hire.yaml --scenarios --pdf out/cost-senior-backend.pdf --today "$today"
