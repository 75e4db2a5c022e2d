#!/usr/bin/env bash
# A dependent's cold build: a new binary crate outside the workspace that
# depends on zendesk-support by path (ours/), beside the same job with
# octocrab and by hand with reqwest + serde (bare/: reqwest's defaults;
# bare-ring/: rustls with ring, zendesk-support's TLS choice). Each is built
# debug then release from nothing (`cargo clean` before each build; the
# sources fetched first, so downloads are not timed), one after the other.
#
#   bash bench/dependents/run.sh [CHECKOUT …]
#
# CHECKOUT: a zendesk-support checkout to measure as ours (default: this
# one); several give one row each, e.g. a checkout of the previous release
# beside this one. Prints a Markdown table: crates compiled (cargo's
# `Compiling` lines: build scripts and proc macros included), wall time,
# and its ratio to bare's of the same profile; then whether each tree holds
# progenitor or aws-lc-sys (`cargo tree`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
checkouts=("$@")
[ ${#checkouts[@]} -gt 0 ] || checkouts=("$repo")

work="$(mktemp -d "${TMPDIR:-/tmp}/dependents.XXXXXX")"
trap 'rm -rf "$work"' EXIT
unset CARGO_TARGET_DIR RUSTC_WRAPPER
export CARGO_INCREMENTAL=0

rows=()      # "name|path"
copy() {     # copy DIR NAME [CHECKOUT]
  mkdir -p "$work/$2"
  cp -r "$here/$1/." "$work/$2/"
  if [ $# -ge 3 ]; then
    sed -i "s|@ZENDESK_SUPPORT@|$3|" "$work/$2/Cargo.toml"
  fi
  (cd "$work/$2" && cargo generate-lockfile -q && cargo fetch -q)
}
copy bare bare;           rows+=("bare reqwest + serde (reqwest's defaults)|bare")
copy bare-ring bare-ring; rows+=("bare reqwest + serde (rustls with ring)|bare-ring")
copy octocrab octocrab;   rows+=("octocrab $(cd "$work/octocrab" && cargo tree -q --depth 0 -p octocrab | awk '{print $2}')|octocrab")
i=0
for checkout in "${checkouts[@]}"; do
  i=$((i + 1))
  rev="$(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo '?')"
  copy ours "ours-$i" "$checkout"
  rows+=("zendesk-support at $rev|ours-$i")
done

declare -A wall count
for profile in debug release; do
  flag=""; [ "$profile" = release ] && flag="--release"
  for row in "${rows[@]}"; do
    dir="${row#*|}"
    (cd "$work/$dir" && cargo clean -q)
    start=$(date +%s.%N)
    (cd "$work/$dir" && cargo build $flag 2>"$work/$dir-$profile.log") \
      || { cat "$work/$dir-$profile.log"; exit 1; }
    end=$(date +%s.%N)
    wall[$dir-$profile]=$(echo "$end - $start" | bc)
    count[$dir-$profile]=$(grep -c '^ *Compiling ' "$work/$dir-$profile.log" || true)
    echo "measured: $dir $profile ${wall[$dir-$profile]} s ${count[$dir-$profile]} crates" >&2
  done
done

echo "| dependent | debug: crates | debug: wall | × bare | release: crates | release: wall | × bare | progenitor | aws-lc-sys |"
echo "|---|--:|--:|--:|--:|--:|--:|:-:|:-:|"
for row in "${rows[@]}"; do
  name="${row%%|*}"; dir="${row#*|}"
  tree="$(cd "$work/$dir" && cargo tree -q -e normal,build --prefix none)"
  has() { grep -q "^$1 " <<<"$tree" && echo yes || echo no; }
  line="| $name"
  for profile in debug release; do
    w=${wall[$dir-$profile]}; b=${wall[bare-$profile]}
    line+=" | ${count[$dir-$profile]} | $(printf '%.1f s' "$w") | $(printf '%.2f×' "$(echo "$w / $b" | bc -l)")"
  done
  echo "$line | $(has progenitor) | $(has aws-lc-sys) |"
done
