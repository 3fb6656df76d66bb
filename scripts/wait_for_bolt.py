#!/usr/bin/env python3
"""Wait until a Neo4j server answers ``RETURN 1`` over Bolt with the given credentials.

Usage: wait_for_bolt.py [URI] [--user neo4j] [--password PW] [--timeout 120]

URI defaults to $NEO4J_URI or bolt://127.0.0.1:7687; the password to $NEO4J_PASSWORD or the
local-development default. Exits 0 when the server answers, 1 on timeout, 2 when the server
rejects the credentials (no retry then: repeated failures would trip Neo4j's login rate limit).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

DEFAULT_PASSWORD = "kgpassword123"  # local development only; matches neo4j/launcher


def wait_for_bolt(uri: str, user: str, password: str, timeout: float = 120.0) -> None:
    """Block until ``RETURN 1`` succeeds; raise TimeoutError or neo4j.exceptions.AuthError."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while True:
        try:
            with GraphDatabase.driver(uri, auth=(user, password), connection_timeout=5) as driver:
                records, _, _ = driver.execute_query("RETURN 1 AS ok")
                if records and records[0]["ok"] == 1:
                    return
        except AuthError:
            raise
        except (ServiceUnavailable, SessionExpired, OSError, Neo4jError) as exc:
            last = exc
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{uri} did not answer within {timeout:.0f}s (last error: {last})")
        time.sleep(0.5)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("uri", nargs="?", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    p.add_argument("--user", default=os.environ.get("NEO4J_USERNAME", "neo4j"))
    p.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD)
    p.add_argument("--timeout", type=float, default=120.0)
    args = p.parse_args(argv)
    from neo4j.exceptions import AuthError

    try:
        wait_for_bolt(args.uri, args.user, args.password, args.timeout)
    except AuthError as exc:
        print(f"wait_for_bolt: {args.uri} rejected user {args.user!r}: {exc}", file=sys.stderr)
        return 2
    except TimeoutError as exc:
        print(f"wait_for_bolt: {exc}", file=sys.stderr)
        return 1
    print(f"wait_for_bolt: {args.uri} answers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
