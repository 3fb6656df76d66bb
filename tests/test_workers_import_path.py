"""Worker processes run the kg the command runs, from whatever directory it is started.

The fork server the workers come from put its working directory first on its import path, so
`kg extract --workers 2` started in a directory holding another `ingest`, `kg` or `schemas` (a
checkout of another version, any project folder named `ingest`) had its workers import that code
while the command itself ran its own. Found when a run from one checkout gave the facts of
another."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# As the installed `kg` script starts: nothing of the working directory on the import path.
AS_INSTALLED = ("import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; "
                "from kg.cli import main; sys.argv[0] = 'kg'; main()")


def test_workers_do_not_import_a_package_from_the_working_directory(tmp_path):
    other = tmp_path / "ingest"
    other.mkdir()
    (other / "__init__.py").write_text(
        "import pathlib\n"
        "pathlib.Path(__file__).with_name('IMPORTED').touch()\n"
        "raise ImportError('an unrelated package that happens to be called ingest')\n")
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(
        {"id": f"a{i}", "text": "French President Emmanuel Macron visited Hanoi on Monday.",
         "published": "2024-05-08"}) + "\n" for i in range(4)))
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *inherited])}
    run = subprocess.run([sys.executable, "-c", AS_INSTALLED, "extract", str(articles), "--format", "jsonl",
                          "--workers", "2"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    assert not (other / "IMPORTED").exists(), "a worker imported the working directory's ingest"
    visits = {(f["article"], f["object"]) for f in map(json.loads, run.stdout.splitlines())
              if f["relation"] == "VISITED"}
    assert visits == {(f"a{i}", "Hanoi") for i in range(4)}
