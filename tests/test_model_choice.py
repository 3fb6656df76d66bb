"""Which spaCy pipeline extraction runs on: the one the rules are tested against, unless the
user names another on purpose (KG_SPACY_MODEL); a name that loads nothing is a one-line set-up
error, not a crash and not a silent fallback."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import nlp

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def bigger_pipeline_installed(tmp_path, monkeypatch):
    """An importable package under a bigger official pipeline's name, as a user who installed
    en_core_web_md for another tool has."""
    pkg = tmp_path / "en_core_web_md"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("def load(**overrides):\n    raise RuntimeError('not a real model')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    monkeypatch.delenv(nlp.MODEL_ENV, raising=False)
    return "en_core_web_md"


def test_the_tested_pipeline_is_used_beside_a_bigger_one(bigger_pipeline_installed):
    assert importlib.util.find_spec(bigger_pipeline_installed) is not None
    assert nlp.installed_model_name() in nlp.TESTED_MODELS


def test_a_pipeline_named_in_the_environment_is_used(bigger_pipeline_installed, monkeypatch):
    monkeypatch.setenv(nlp.MODEL_ENV, bigger_pipeline_installed)
    assert nlp.installed_model_name() == "en_core_web_md"


def test_a_model_directory_named_in_the_environment_is_used(tmp_path, monkeypatch):
    (tmp_path / "meta.json").write_text(json.dumps({"lang": "en", "name": "custom"}))
    monkeypatch.setenv(nlp.MODEL_ENV, str(tmp_path))
    assert nlp.installed_model_name() == str(tmp_path)


@pytest.mark.parametrize("name", ["en_core_web_xx", "no.such.package", "/nowhere/model"])
def test_a_name_that_loads_nothing_is_a_coded_error_naming_it(monkeypatch, name):
    monkeypatch.setenv(nlp.MODEL_ENV, name)
    with pytest.raises(nlp.ModelNotInstalled) as caught:
        nlp.installed_model_name()
    message = str(caught.value)
    assert message.startswith("[E130]") and name in message and nlp.MODEL_ENV in message


def test_kg_extract_stops_with_one_line_when_the_named_model_is_missing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("President Ana Ruiz of Chile visited Lima on Monday.\n")
    env = {**os.environ, nlp.MODEL_ENV: "en_core_web_xx", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(article)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E130]" in lines[0] and "en_core_web_xx" in lines[0], done.stderr
    assert done.stdout == ""
