#!/usr/bin/env bash
# Fuzzes each target for a short, bounded time from the committed seeds and fails on a crash,
# a hang (an input over 10 s) or an input that needs more than 2 GiB. Installs what it lacks:
# a nightly toolchain (rustup) and cargo-fuzz. Called from .ci/run; FUZZ_SECONDS sets the time
# per target (default 60; four targets, so about four minutes of fuzzing after the build).
set -euo pipefail
cd "$(dirname "$0")"

seconds=${FUZZ_SECONDS:-60}

if ! command -v rustup >/dev/null; then
  echo "fuzz/ci.sh: rustup is needed to install a nightly toolchain" >&2
  exit 1
fi
rustup run nightly rustc --version >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked

# One build for all targets: optimised, with debug assertions, overflow checks and
# AddressSanitizer (cargo fuzz's defaults).
cargo +nightly fuzz build

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in text project pdf ocr; do
  extra=()
  # The hostile seeds (inflated-stream bombs) take a quarter second each, the others
  # milliseconds: schedule the quick inputs more.
  [ "$target" = pdf ] && extra=(-entropic_scale_per_exec_time=1)
  mkdir -p "$scratch/$target"
  echo "== fuzz $target for ${seconds}s"
  # New inputs go to the scratch folder (first); the committed seeds are only read. A finding
  # is written to fuzz/artifacts/TARGET/ and fails the run.
  cargo +nightly fuzz run "$target" "$scratch/$target" "seeds/$target" -- \
    -dict="dict/$target.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${extra[@]}"
done
