#!/usr/bin/env bash
# npm test: every check this machine can run, in order, failing on the first red stage.
#   static checks (types, lint and format) -> unit tests (Vitest) -> lab tests (Python, where Debian's torch is installed)
#   -> build -> end-to-end tests (Playwright on the built site, Debian's Chromium)
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
  [ -n "$current" ] && timings+=("$(printf '%5ss  %s' $((SECONDS - since)) "$current")")
  printf '\n== npm test ended after %ss; stage durations:\n' "$SECONDS"
  printf '   %s\n' "${timings[@]}"
}
trap summary EXIT

if [ ! -x node_modules/.bin/astro ]; then
  stage "install npm packages"
  npm install --no-audit --no-fund
fi
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  stage "install Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

stage "typecheck"
npm run --silent check

stage "lint and format"
npm run --silent lint

stage "advisories in shipped dependencies"
npm run --silent audit:deps

stage "unit tests"
npm run --silent test:unit

if [ ! -d demos/tests ]; then
  stage "lab tests skipped: no demos/tests"
elif /usr/bin/python3 -c 'import torch, onnx' 2>/dev/null; then
  stage "lab tests (PyTorch)"
  [ -f demos/data/train.bin ] || /usr/bin/python3 demos/data/prepare.py
  npm run --silent test:py
else
  stage "lab tests skipped: Debian's python3-torch and python3-onnx are not installed (sudo apt-get install python3-torch python3-numpy libopenblas0-openmp python3-onnx)"
fi

stage "build (at / and, as for GitHub Pages, at /longitude/)"
npm run --silent build
npm run --silent build:subpath

stage "links, anchors and HTML validity of both builds"
npm run --silent check:site

stage "end-to-end tests"
if [ -x "$CHROMIUM" ] || [ -n "${PLAYWRIGHT_BROWSERS_PATH:-}" ] || compgen -G "$HOME/.cache/ms-playwright/chromium*" >/dev/null; then
  npm run --silent test:e2e
else
  echo "No browser: install Debian's chromium (sudo apt-get install chromium) or run 'npx playwright install chromium', then rerun npm test." >&2
  exit 1
fi
