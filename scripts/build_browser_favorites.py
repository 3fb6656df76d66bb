#!/usr/bin/env python3
"""Zip browser/favorites/*.cypher into browser/kg-favorites.zip for Neo4j Browser.

Import it in Neo4j Browser: Favorites drawer (star icon) -> "Import" -> choose kg-favorites.zip
(or drag the zip onto the drawer). The files land in a folder named "kg"; each favorite's name is
its first line, a `// Title` comment. Parameters are `$name` (and `$other`); each file has
`// :param name => '...'` hint lines to run first.

The zip is deterministic (sorted entries, fixed timestamps), so rebuilding an unchanged set
gives the same bytes. `--check` exits 1 when the committed zip is out of date.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAVORITES = ROOT / "browser" / "favorites"
OUT = ROOT / "browser" / "kg-favorites.zip"
FOLDER = "kg"  # folder name the favorites get in Browser
EPOCH = (2024, 1, 1, 0, 0, 0)


def validate(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("// ") or len(lines[0]) < 4:
        raise ValueError(f"{path.name}: first line must be a '// Title' comment")
    for name in sorted(set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))):
        if f":param {name} =>" not in text:
            raise ValueError(f"{path.name}: parameter ${name} has no ':param {name} => ...' hint line")
    return text if text.endswith("\n") else text + "\n"


def build_zip(files: list[Path]) -> bytes:
    buf = io.BytesIO()
    # Stored, not deflated: the bytes then do not depend on the zlib version.
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for f in files:
            info = zipfile.ZipInfo(f"{FOLDER}/{f.name}", date_time=EPOCH)
            info.external_attr = 0o644 << 16
            zf.writestr(info, validate(f))
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Zip browser/favorites/*.cypher for Neo4j Browser.")
    p.add_argument("--check", action="store_true", help="only check that the zip is up to date")
    p.add_argument("-o", "--output", type=Path, default=OUT)
    args = p.parse_args(argv)
    files = sorted(FAVORITES.glob("*.cypher"))
    if not files:
        print(f"no .cypher files in {FAVORITES}", file=sys.stderr)
        return 1
    try:
        data = build_zip(files)
    except ValueError as exc:
        print(f"build_browser_favorites: {exc}", file=sys.stderr)
        return 1
    if args.check:
        if not args.output.exists() or args.output.read_bytes() != data:
            print(f"{args.output} is out of date: run scripts/build_browser_favorites.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date ({len(files)} favorites)")
        return 0
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(files)} favorites)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
