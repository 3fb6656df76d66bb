"""The relation engine's shape, read from its source: readers are independent objects with
public interfaces, and resolution does not depend on the relation readers."""
from __future__ import annotations

import ast
from pathlib import Path

INGEST = Path(__file__).resolve().parent.parent / "ingest"
ENGINE = [*sorted((INGEST / "relations").glob("*.py")), INGEST / "resolve.py", INGEST / "kinship.py"]


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_resolution_does_not_import_the_relation_readers():
    assert not {m for m in _imports(INGEST / "resolve.py") if m.startswith("ingest.relations")}


def test_no_mixins_no_getattr_on_self_no_private_reach_ins():
    found = []
    for path in ENGINE:
        for node in ast.walk(_tree(path)):
            where = f"{path.relative_to(INGEST.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.ClassDef) and len(node.bases) > 1:
                found.append(f"{where} class {node.name} stacks {len(node.bases)} bases")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr") \
                    and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == "self":
                found.append(f"{where} {node.func.id}(self, ...)")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr.startswith("_") and not node.func.attr.startswith("__") \
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")):
                found.append(f"{where} calls another object's private {node.func.attr}()")
    assert not found, "\n".join(found)
