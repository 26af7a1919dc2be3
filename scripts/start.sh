#!/usr/bin/env bash
# npm start: install what is missing, build the site and serve it on http://127.0.0.1:4321/
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/astro ] || npm install --no-audit --no-fund
npm run build
echo "Serving Longitude at http://127.0.0.1:4321/ (Ctrl-C to stop)"
exec npm run preview
