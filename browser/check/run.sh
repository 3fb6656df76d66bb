#!/usr/bin/env bash
# Start a throw-away Neo4j (launcher, HTTP on) with a small demo graph, run check.mjs against its
# Neo4j Browser, stop the server. Needs: java+mvn, node/npm, Debian's chromium (apt-get install chromium).
# Screenshots: browser/check/out/*.png
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="$ROOT/.venv/bin/python"; [[ -x "$PY" ]] || PY=python3
[[ -d "$HERE/node_modules/playwright-core" ]] || (cd "$HERE" && npm install --no-audit --no-fund >&2)

STATE="$(mktemp -d)"
read -r BOLT HTTP < <("$PY" -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]; print(*[x.getsockname()[1] for x in s])')
export KG_NEO4J_STATE_DIR="$STATE" KG_NEO4J_BOLT_PORT="$BOLT" KG_NEO4J_HTTP_PORT="$HTTP"
export NEO4J_PASSWORD="kg-check-$RANDOM$RANDOM"
cleanup() { bash "$ROOT/scripts/neo4j-server" down >/dev/null 2>&1 || true; rm -rf "$STATE"; }
trap cleanup EXIT

bash "$ROOT/scripts/neo4j-server" up >/dev/null
(cd "$ROOT" && "$PY" -c '
import os
from neo4j import GraphDatabase
from tests.test_neo4j_server import FAV_GRAPH
with GraphDatabase.driver("bolt://127.0.0.1:" + os.environ["KG_NEO4J_BOLT_PORT"],
                          auth=("neo4j", os.environ["NEO4J_PASSWORD"])) as d:
    d.execute_query(FAV_GRAPH)
')
URL="http://127.0.0.1:$HTTP/browser/" BOLT="127.0.0.1:$BOLT" node "$HERE/check.mjs"
