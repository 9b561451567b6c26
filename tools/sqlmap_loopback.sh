#!/usr/bin/env bash
# sqlmap (PyPI `sqlmap`, in requirements-dev) against search, the list filters and the API of the
# demo newsroom served on loopback only. Fails if sqlmap reports any injection point. `make sqlmap`.
# Not in CI: with the demo loaded it takes several minutes on a busy machine (see SECURITY.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SQLMAP_PORT:-8765}
WORK=$(mktemp -d)
export NEWSDESK_VAR_DIR="$WORK" DEBUG=true NEWSDESK_SITE_URL="http://127.0.0.1:$PORT"
# sqlmap sends thousands of requests: the API's limit would answer most of them 429 and hide the app.
export NEWSDESK_API_RATE_LIMIT=1000000
.venv/bin/newsdesk migrate --noinput >"$WORK/setup.log"
.venv/bin/newsdesk load_demo >>"$WORK/setup.log"
.venv/bin/newsdesk runserver --noreload "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  if .venv/bin/python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/', timeout=2)" 2>/dev/null; then break; fi
  sleep 0.3
done
found=0
for target in \
  "/search/?q=water&sector=health&edition=global&page=1" \
  "/api/v1/articles?sector=health&tag=water&edition=global" \
  "/news/?page=2"; do
  echo "== sqlmap http://127.0.0.1:$PORT$target"
  .venv/bin/sqlmap -u "http://127.0.0.1:$PORT$target" --batch --level 2 --risk 1 --disable-coloring \
    --output-dir "$WORK/sqlmap" >"$WORK/run.log" 2>&1 || true
  grep -E "do not appear to be injectable|identified the following injection|requests" "$WORK/run.log" | tail -3
  if grep -q "identified the following injection" "$WORK/run.log"; then found=1; fi
done
if [ "$found" = 1 ]; then echo "sqlmap found an injection point"; exit 1; fi
echo "sqlmap found nothing"
