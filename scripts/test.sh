#!/usr/bin/env bash
# npm test: every check this machine can run, failing on the first red stage.
#   static checks (types, lint and format) and unit tests (Vitest), side by side -> build -> end-to-end tests
#   (Playwright on the built site, Debian's Chromium); each build's link check starts once that build is done
#   and runs beside what follows; the lab tests (Python, where Debian's torch is installed) run beside all but
#   the end-to-end stage.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each stage's start is printed as it begins; at the end (green or red) a table of every stage's duration.
timings=() current="" since=0
stage() {
  [ -n "$current" ] && timings+=("$(printf '%5ss  %s' $((SECONDS - since)) "$current")")
  current=$1 since=$SECONDS
  printf '\n== %s (at %ss)\n' "$1" "$SECONDS"
}
summary() {
  jobs -p | xargs -r kill 2>/dev/null || true
  [ -n "$current" ] && timings+=("$(printf '%5ss  %s' $((SECONDS - since)) "$current")")
  printf '\n== npm test ended after %ss; stage durations:\n' "$SECONDS"
  printf '   %s\n' "${timings[@]}"
}
trap summary EXIT

# Commands in the background, each one's output kept apart: background <name> <command> starts one
# (its pid in $!), report <name> <pid> waits for it and prints its output and time.
jobs_dir=$(mktemp -d)
background() {
  ( t0=$(date +%s); rc=0; bash -c "set -euo pipefail; $2" >"$jobs_dir/$1.log" 2>&1 || rc=$?; echo $(($(date +%s) - t0)) >"$jobs_dir/$1.time"; exit $rc ) &
}
report() {
  local rc=0
  wait "$2" || rc=$?
  printf -- '\n-- %s: %s after %ss\n' "$1" "$([ $rc = 0 ] && echo passed || echo FAILED)" "$(cat "$jobs_dir/$1.time")"
  cat "$jobs_dir/$1.log"
  timings+=("$(printf '%5ss    %s (side by side)' "$(cat "$jobs_dir/$1.time")" "$1")")
  return $rc
}
together() {  # together <stage> "<name>:<command>" ...: a stage whose commands run side by side; red if any is
  stage "$1"
  shift
  local names=() pids=() failed=()
  for job in "$@"; do
    names+=("${job%%:*}")
    background "${job%%:*}" "${job#*:}"
    pids+=($!)
  done
  for i in "${!names[@]}"; do report "${names[$i]}" "${pids[$i]}" || failed+=("${names[$i]}"); done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "red: ${failed[*]}" >&2
    exit 1
  fi
}

if [ ! -x node_modules/.bin/astro ]; then
  stage "install npm packages"
  npm install --no-audit --no-fund
fi
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  stage "install Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The checks before the build are mostly one-threaded, so they run side by side on the machine's
# cores; the lab tests (Python) need nothing from the rest and run beside everything until the e2e stage.
lab=""
if [ ! -d demos/tests ]; then
  echo "lab tests skipped: no demos/tests"
elif /usr/bin/python3 -c 'import torch, onnx' 2>/dev/null; then
  lab="lab tests (PyTorch)"
  background "$lab" "[ -f demos/data/train.bin ] || /usr/bin/python3 demos/data/prepare.py; npm run --silent test:py"
  lab_pid=$!
else
  echo "lab tests skipped: Debian's python3-torch and python3-onnx are not installed (sudo apt-get install python3-torch python3-numpy libopenblas0-openmp python3-onnx)"
fi
# Lint follows the typecheck in one job: its type-aware rules read the types `astro check` generates
# (.astro/), which a clean clone does not have yet.
together "static checks and unit tests" \
  "typecheck, then lint and format:npm run --silent check && npm run --silent lint" \
  "advisories in shipped dependencies:npm run --silent audit:deps" \
  "unit tests:npm run --silent test:unit"

# Links, anchors and HTML validity need only a build, and read it one file at a time (one core): the
# root build's check starts as soon as that build is done, beside the sub-path build, which leaves a
# core mostly idle; the sub-path build's (links only, the same markup) beside the end-to-end tests.
stage "build (at / and, as for GitHub Pages, at /longitude/)"
npm run --silent build
background "links, anchors and HTML validity, root build" "npx tsx scripts/check-site.ts dist /"
site_pid=$!
npm run --silent build:subpath
background "links and anchors, sub-path build" "npx tsx scripts/check-site.ts dist-sub /longitude/ --links-only"
subpath_pid=$!

if [ -n "$lab" ]; then
  stage "waiting for the lab tests"
  report "$lab" "$lab_pid"
fi

stage "end-to-end tests, and beside them the links of the builds"
failed=()
if [ -x "$CHROMIUM" ] || [ -n "${PLAYWRIGHT_BROWSERS_PATH:-}" ] || compgen -G "$HOME/.cache/ms-playwright/chromium*" >/dev/null; then
  npm run --silent test:e2e || failed+=("end-to-end tests")
else
  echo "No browser: install Debian's chromium (sudo apt-get install chromium) or run 'npx playwright install chromium', then rerun npm test." >&2
  failed+=("end-to-end tests (no browser)")
fi
report "links, anchors and HTML validity, root build" "$site_pid" || failed+=("links, root build")
report "links and anchors, sub-path build" "$subpath_pid" || failed+=("links, sub-path build")
if [ ${#failed[@]} -gt 0 ]; then
  echo "red: ${failed[*]}" >&2
  exit 1
fi
