#!/usr/bin/env bash
# `make browser-check`: install what is needed (the project's venv, playwright-core), start a
# throw-away Neo4j (launcher, HTTP on), ingest the seeds into it with `kg ingest`, and run
# check.mjs against its Neo4j Browser in Debian's chromium: the style, every favorite, the
# favorites zip. Stops the server at the end. Screenshots: browser/check/out/*.png
# Needs: python3, java 17 + mvn, node/npm, chromium (apt-get install -y chromium).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
for tool in java mvn node npm; do
    command -v "$tool" >/dev/null || { echo "browser-check: $tool is not on PATH" >&2; exit 2; }
done
[[ -x "$CHROMIUM" ]] || { echo "browser-check: no chromium at $CHROMIUM (apt-get install -y chromium, or set CHROMIUM)" >&2; exit 2; }

make -s -C "$ROOT" install >&2                       # .venv with kg and the neo4j driver
(cd "$HERE" && npm ci --no-audit --no-fund --silent >&2)   # playwright-core, pinned by package-lock.json
PY="$ROOT/.venv/bin/python"
KG="$ROOT/.venv/bin/kg"

STATE="$(mktemp -d)"
read -r BOLT HTTP < <("$PY" -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]; print(*[x.getsockname()[1] for x in s])')
export KG_NEO4J_STATE_DIR="$STATE" KG_NEO4J_BOLT_PORT="$BOLT" KG_NEO4J_HTTP_PORT="$HTTP"
export NEO4J_USERNAME=neo4j NEO4J_PASSWORD="kg-check-$RANDOM$RANDOM"
cleanup() { bash "$ROOT/scripts/neo4j-server" down >/dev/null 2>&1 || true; rm -rf "$STATE"; }
trap cleanup EXIT

bash "$ROOT/scripts/neo4j-server" up >/dev/null
"$KG" ingest "$ROOT/seeds" --store "bolt://127.0.0.1:$BOLT" >&2
URL="http://127.0.0.1:$HTTP/browser/" BOLT="127.0.0.1:$BOLT" CHROMIUM="$CHROMIUM" node "$HERE/check.mjs"
