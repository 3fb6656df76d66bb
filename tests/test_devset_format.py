"""The dev set is usable gold: every record parses, every fact is well formed and read from its
own sentence, and it covers what the extractor must handle (every core relation, negatives,
planned and negated facts, relative dates)."""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kg import eval as kg_eval
from schemas.models import DATE_PATTERN
from schemas.ontology import RELATIONS

DEVSET = Path(__file__).resolve().parent / "data" / "devset.jsonl"
CORE = ["VISITED", "MET_WITH", "ALLIED_WITH", "SANCTIONED_BY", "CONDEMNED", "AIDED",
        "ATTACKED", "HOLDS_ROLE"]
MODALITIES = {"asserted", "planned", "negated", "reported_speculation"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _records() -> list[dict]:
    records = []
    for number, line in enumerate(DEVSET.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"blank line {number}"
        records.append(json.loads(line))
    return records


RECORDS = _records()


def _facts():
    for rec in RECORDS:
        for f in rec["facts"] + rec["optional_facts"]:
            yield rec, f


def _required(f: dict) -> bool:
    return f["modality"] == "asserted" and f["confidence"] == "high"


def test_size_and_unique_ids():
    assert len(RECORDS) >= 60
    ids = [r["id"] for r in RECORDS]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r["id"])
def test_record_shape(rec):
    assert set(rec) >= {"id", "source", "text", "date", "facts", "optional_facts"}
    assert rec["source"] == "kg-devset"
    dt.date.fromisoformat(rec["date"])
    assert 20 < len(rec["text"]) < 400, "one to three sentences of wire copy"
    assert rec["text"] == rec["text"].strip() and "\n" not in rec["text"]


def test_every_fact_is_well_formed():
    known = set(RELATIONS.names())
    for rec, f in _facts():
        where = f"{rec['id']}: {f}"
        assert f["relation"] in known, where
        assert f["modality"] in MODALITIES, where
        assert f["confidence"] in {"high", "medium", "low"}, where
        assert f["date"] is None or re.match(DATE_PATTERN, f["date"]), where
        assert f["subject"] and f["object"] and f["subject"] != f["object"], where
        if f["relation"] == "HOLDS_ROLE":
            assert f["title"], f"HOLDS_ROLE without a title: {where}"
        else:
            assert f.get("title") is None, where
        # the scorer can key it (a core relation, names that fold to something)
        assert kg_eval.gold_keys(f), where


def test_every_name_is_read_from_the_sentence():
    """A fact's subject and object appear in its text, as the canonical name, an accepted
    alternative or the recorded mention; a judgement call (medium/low) may instead say in a
    note what it infers."""
    for rec, f in _facts():
        text = rec["text"].lower()
        for side in ("subject", "object"):
            names = [f[side], *f.get(f"{side}_alt", [])]
            if f.get(f"{side}_mention"):
                names.append(f[f"{side}_mention"])
            present = any(n.lower() in text for n in names)
            if f["confidence"] == "high":
                assert present, f"{rec['id']}: {side} {names} not in the text"
            else:
                assert present or f.get("note"), f"{rec['id']}: {side} {names} unexplained"


def test_every_core_relation_is_covered():
    required = collections.Counter(f["relation"] for _, f in _facts() if _required(f))
    for relation in CORE:
        assert required[relation] >= 5, f"{relation}: {required[relation]} required facts"


def test_negatives_planned_and_negated_are_covered():
    negatives = [r for r in RECORDS if not any(f["confidence"] == "high" for f in r["facts"])]
    assert len(negatives) >= 15
    modalities = collections.Counter((f["relation"], f["modality"]) for _, f in _facts())
    assert sum(n for (_, m), n in modalities.items() if m == "planned") >= 10
    assert sum(n for (_, m), n in modalities.items() if m == "negated") >= 10
    assert modalities[("VISITED", "planned")] and modalities[("VISITED", "negated")]
    assert modalities[("MET_WITH", "planned")] and modalities[("MET_WITH", "negated")]
    assert modalities[("CONDEMNED", "negated")] and modalities[("AIDED", "negated")]


def test_relative_dates_resolve_against_the_article_date():
    """A fact dated to the day is close to the article date, and when the sentence names a
    single weekday the fact falls on it (or the fact's note says how it was resolved)."""
    checked = 0
    for rec, f in _facts():
        if not f["date"] or len(f["date"]) != 10:
            continue
        day = dt.date.fromisoformat(f["date"])
        published = dt.date.fromisoformat(rec["date"])
        assert abs((day - published).days) <= 7, f"{rec['id']}: {f}"
        named = [w for w in WEEKDAYS if w in rec["text"]]
        if len(named) == 1 and not f.get("note"):
            assert day.strftime("%A") == named[0], f"{rec['id']}: {f['date']} is no {named[0]}"
            checked += 1
    assert checked >= 50


def test_dev_set_loads_as_gold():
    docs = kg_eval.load_gold(DEVSET)
    assert len(docs) == len(RECORDS)
    # every required fact is reachable: scoring the gold against itself is perfect
    rows = [{"article": d.id, "subject": f["subject"], "relation": f["relation"],
             "object": f["object"], "modality": f["modality"], "date": f["date"]}
            for d in docs for f in d.facts]
    report = kg_eval.score(docs, rows)
    assert report.core.f1 == 1.0
    assert report.date_hits == report.date_total
