#!/usr/bin/env bash
# Runs every fuzz target for a bounded time: `fuzz/run.sh [SECONDS] [TARGET...]` (default 60 s
# each, all targets). Needs cargo-fuzz (`cargo install cargo-fuzz`). libFuzzer needs the
# `-Z sanitizer` compiler flag; on a stable toolchain RUSTC_BOOTSTRAP=1 unlocks it, so no nightly
# is needed. A crash stops the run and leaves its input in fuzz/artifacts/<target>/: turn it into
# a regression test next to the parser's other tests (see docs/reliability.md).
set -euo pipefail

cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi
# address (the default) also checks the unsafe code in dependencies; `FUZZ_SANITIZER=none` is
# about twice as fast.
sanitizer="${FUZZ_SANITIZER:-address}"
export RUSTC_BOOTSTRAP=1

for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    echo "== $target: ${seconds}s"
    # Seed inputs (the repository's own files of that kind) live in seeds/<target>/ and are read,
    # never written; new interesting inputs go to corpus/<target>/ (not committed).
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    cargo fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1
done
