#!/usr/bin/env bash
# Runs the packaged app-image's own launcher and runtime headless: its version, a demo cell in a throwaway data
# folder, the integrity check of that folder, a minutes PDF, and the window's start on that folder (under xvfb-run
# when there is no display). Exits non-zero when any step fails.
#   installer/smoke-test.sh [IMAGE_DIR]   (default target/installer/SoChiBo, made by installer/build.sh app-image)
set -euo pipefail
cd "$(dirname "$0")/.."
image="${1:-target/installer/SoChiBo}"
launcher="$image/bin/SoChiBo"
[ -x "$launcher" ] || { echo "No app-image launcher at $launcher: run installer/build.sh app-image" >&2; exit 1; }

data="$(mktemp -d)/data"
trap 'rm -rf "$(dirname "$data")"' EXIT

echo "== --version"
version="$("$launcher" --version)"
echo "$version"
case "$version" in "Sổ Chi Bộ "*) ;; *) echo "Unexpected --version output" >&2; exit 1 ;; esac
echo "== demo"
"$launcher" demo --data "$data"
echo "== verify"
"$launcher" verify --data "$data"
echo "== minutes pdf"
meeting="$("$launcher" meetings list --data "$data" | awk -F'\t' 'NR==1 {print $NF}')"
"$launcher" minutes pdf --data "$data" --meeting "$meeting" --out "$data/minutes.pdf"
head -c 5 "$data/minutes.pdf" | grep -q "%PDF-"
# The window: opened on the demo cell and closed as soon as it is shown, under xvfb-run when there is no display.
window=()
if [ -n "${DISPLAY:-}" ]; then
  window=(timeout 120)
elif command -v xvfb-run >/dev/null; then
  window=(timeout 120 xvfb-run -a)
fi
if [ ${#window[@]} -gt 0 ]; then
  echo "== window"
  JAVA_TOOL_OPTIONS="-Dsochibo.data=$data -Dsochibo.exitWhenShown=true" "${window[@]}" "$launcher" 2>/dev/null
  grep -o "Main window shown.*" "$data/logs/sochibo.log" || { echo "The window did not show" >&2; exit 1; }
else
  echo "== window: skipped (no display and no xvfb-run)"
fi
# The packaged runtime carries its own Java: it must not be the one on the PATH.
[ -x "$image/lib/runtime/bin/java" ] || { echo "The app-image has no runtime of its own" >&2; exit 1; }
# The class-data archive made at build time must map into this runtime (-Xshare:on fails the start otherwise).
if [ -f "$image/lib/app/sochibo.jsa" ]; then
  echo "== class-data archive"
  JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null
fi
echo "Smoke test of $image passed."
