"""`kg.eval` scores an extractor the way the project's reference scorer does.

Hand-written gold and predictions check each rule a user relies on when reading an eval report;
the agreement tests run shared/tools/score_facts.py itself on the same predictions and compare
the numbers it prints.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import eval as kg_eval
from schemas.models import Article

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset.jsonl"
SHARED = Path(os.environ.get("KG_SHARED_DIR", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "score_facts.py"
SEEDS_GOLD = SHARED / "gold" / "seeds.gold.json"
PETRARCH_GOLD = SHARED / "gold" / "petrarch2.jsonl"

needs_shared = pytest.mark.skipif(not SCORER.is_file() or not SEEDS_GOLD.is_file(),
                                  reason=f"reference scorer and gold not found under {SHARED}")


def fact(s, r, o, modality="asserted", confidence="high", date=None, **extra):
    return {"subject": s, "relation": r, "object": o, "modality": modality,
            "confidence": confidence, "date": date, "title": None, **extra}


def pred(article, s, r, o, modality="asserted", date=None):
    return {"article": article, "source": None, "subject": s, "relation": r, "object": o,
            "modality": modality, "date": date, "confidence": 0.9, "evidence": "..."}


def write_gold(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({"source": "test", "optional_facts": [], **rec}) + "\n")
    return path


def score(path: Path, rows: list[dict]) -> kg_eval.EvalReport:
    return kg_eval.score(kg_eval.load_gold(path), rows, [str(path)])


# ---------------------------------------------------------------- the rules, on hand-made gold

@pytest.fixture
def visit_gold(tmp_path):
    return write_gold(tmp_path, [
        {"id": "a1", "date": "2023-06-19",
         "text": "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing "
                 "on Monday.",
         "facts": [fact("Antony Blinken", "MET_WITH", "Xi Jinping", date="2023-06-19"),
                   fact("Antony Blinken", "VISITED", "Beijing", date="2023-06-19",
                        object_alt=["China"]),
                   fact("Xi Jinping", "HOLDS_ROLE", "China", title="President")]},
        {"id": "a2", "date": "2023-08-31",
         "text": "Erdogan will travel to Russia on Monday to meet Putin, officials said.",
         "facts": [fact("Recep Tayyip Erdogan", "VISITED", "Russia", modality="planned",
                        date="2023-09-04")]},
        {"id": "a3", "date": "2023-02-12",
         "text": "The Kansas City Chiefs beat the Philadelphia Eagles in the Super Bowl on Sunday.",
         "facts": []},
    ])


def test_perfect_predictions_score_one(visit_gold):
    rows = [pred("a1", "Antony Blinken", "MET_WITH", "Xi Jinping", date="2023-06-19"),
            pred("a1", "Antony Blinken", "VISITED", "Beijing", date="2023-06-19"),
            pred("a1", "Xi Jinping", "HOLDS_ROLE", "China"),
            pred("a2", "Recep Tayyip Erdogan", "VISITED", "Russia", modality="planned")]
    report = score(visit_gold, rows)
    assert (report.core.tp, report.core.fp, report.core.fn) == (3, 0, 0)
    assert report.core.precision == report.core.recall == report.core.f1 == 1.0
    assert (report.date_hits, report.date_total) == (2, 2)
    assert report.modality["planned"]["planned"] == 1
    assert report.errors == []


def test_nothing_predicted_is_all_misses(visit_gold):
    report = score(visit_gold, [])
    assert (report.core.tp, report.core.fp, report.core.fn) == (0, 0, 3)
    assert report.core.f1 == 0.0
    assert {e.kind for e in report.errors} == {"FN"}
    assert report.modality["asserted"]["missed"] == 3


def test_planned_fact_predicted_as_asserted_is_a_false_positive(visit_gold):
    report = score(visit_gold, [pred("a2", "Recep Tayyip Erdogan", "VISITED", "Russia")])
    assert report.by_relation["VISITED"].fp == 1
    assert report.core.tp == 0
    assert report.modality["planned"]["asserted"] == 1
    assert [(e.kind, e.doc, e.subject, e.object) for e in report.errors if e.kind == "FP"] == \
        [("FP", "a2", "recep tayyip erdogan", "russia")]


def test_predictions_on_a_negative_record_are_false_positives(visit_gold):
    report = score(visit_gold, [pred("a3", "Kansas City Chiefs", "ATTACKED",
                                     "Philadelphia Eagles")])
    assert report.by_relation["ATTACKED"].fp == 1


def test_object_alternative_is_accepted_once(visit_gold):
    # The city's country is an accepted alternative; predicting both is one fact, not an FP.
    rows = [pred("a1", "Antony Blinken", "VISITED", "China"),
            pred("a1", "Antony Blinken", "VISITED", "Beijing")]
    report = score(visit_gold, rows)
    assert report.by_relation["VISITED"].tp == 1
    assert report.by_relation["VISITED"].fp == 0


def test_a_missed_fact_is_shown_as_the_gold_writes_it_not_as_an_alternative(tmp_path):
    # "Zhao Hongsheng (or China)": the miss names the envoy the analyst wrote, not the state that
    # happens to sort first among the accepted pairs, which reads as a different error
    gold = write_gold(tmp_path, [{"id": "m1", "text": "...", "facts": [
        fact("Zhao Hongsheng", "MET_WITH", "Agapito Mba Mokuy", subject_alt=["China"])]}])
    [miss] = score(gold, []).errors
    assert miss.kind == "FN"  # a symmetric pair is shown in its canonical order
    assert {miss.subject, miss.object} == {"zhao hongsheng", "agapito mba mokuy"}


@pytest.fixture
def tanks_gold(tmp_path):
    return write_gold(tmp_path, [
        {"id": "b1", "date": "2023-03-27",
         "text": "Germany has delivered its first Leopard 2 tanks to Ukraine, Defence Minister "
                 "Boris Pistorius said on Monday.",
         "facts": [fact("Germany", "AIDED", "Ukraine"),
                   fact("Boris Pistorius", "HOLDS_ROLE", "Germany", confidence="medium",
                        title="Defence Minister"),
                   fact("Germany", "ALLIED_WITH", "Ukraine", modality="reported_speculation")],
         "optional_facts": [fact("Germany", "CONDEMNED", "Russia")]}])


def test_optional_facts_cost_nothing(tanks_gold):
    # medium/low confidence and reported speculation: found or missed, no error either way
    found = score(tanks_gold, [pred("b1", "Germany", "AIDED", "Ukraine"),
                               pred("b1", "Boris Pistorius", "HOLDS_ROLE", "Germany"),
                               pred("b1", "Ukraine", "ALLIED_WITH", "Germany")])
    missed = score(tanks_gold, [pred("b1", "Germany", "AIDED", "Ukraine")])
    for report in (found, missed):
        assert (report.core.tp, report.core.fp, report.core.fn) == (1, 0, 0)


def test_optional_facts_list_is_read_only_on_request(tanks_gold):
    # score_facts.py does not read `optional_facts`; kg eval agrees unless asked otherwise.
    rows = [pred("b1", "Germany", "AIDED", "Ukraine"), pred("b1", "Germany", "CONDEMNED", "Russia")]
    docs = kg_eval.load_gold(tanks_gold)
    assert kg_eval.score(docs, rows).core.fp == 1
    assert kg_eval.score(docs, rows, honour_optional_facts=True).core.fp == 0


def test_symmetric_relations_match_in_either_order(tmp_path):
    gold = write_gold(tmp_path, [
        {"id": "c1", "date": "2021-09-15",
         "text": "The United States, Britain and Australia announced a security partnership on "
                 "Wednesday.",
         "facts": [fact("United States", "ALLIED_WITH", "United Kingdom", date="2021-09-15"),
                   fact("Australia", "MET_WITH", "United Kingdom")]}])
    report = score(gold, [pred("c1", "Britain", "ALLIED_WITH", "U.S."),
                          pred("c1", "United Kingdom", "MET_WITH", "Australia")])
    assert (report.core.tp, report.core.fp, report.core.fn) == (2, 0, 0)


def test_sanctions_compare_in_both_directions_of_writing(tmp_path):
    # Gold written the contract's way (target -> sanctioner) and the seeds gold's way
    # (SANCTIONED: sanctioner -> target) are the same fact.
    gold = write_gold(tmp_path, [
        {"id": "d1", "date": "2023-06-23",
         "text": "European Union governments adopted an 11th package of sanctions against "
                 "Russia on Friday.",
         "facts": [fact("Russia", "SANCTIONED_BY", "European Union", date="2023-06-23")]},
        {"id": "d2", "date": "2022-03-10",
         "text": "Britain froze the assets of Roman Abramovich on Thursday.",
         "facts": [fact("United Kingdom", "SANCTIONED", "Roman Abramovich")]}])
    right = score(gold, [pred("d1", "Russia", "SANCTIONED_BY", "EU", date="2023-06-23"),
                         pred("d2", "Roman Abramovich", "SANCTIONED_BY", "Britain")])
    assert (right.core.tp, right.core.fp, right.core.fn) == (2, 0, 0)
    assert list(right.to_dict()["relations"]) == ["SANCTIONED_BY"]  # the contract's name
    assert "SANCTIONED_BY tp=  2" in kg_eval.format_report(right)
    backwards = score(gold, [pred("d1", "European Union", "SANCTIONED_BY", "Russia")])
    assert (backwards.core.tp, backwards.core.fp, backwards.core.fn) == (0, 1, 2)
    fp = next(e for e in backwards.errors if e.kind == "FP")
    assert (fp.subject, fp.relation, fp.object) == ("european union", "SANCTIONED_BY", "russia")


@pytest.mark.parametrize("gold_date, pred_date, right", [
    ("2023-04-05", "2023-04-05", True),
    ("2023-04-05", "2023-04", True),      # less precise, consistent
    ("2023-04-05", "2023", True),
    ("2023-04", "2023-04-06", True),      # gold at month precision
    ("2023-04-05", "2023-04-06", False),
    ("2023-04", "2023-05-01", False),
    ("2023-04-05", None, False),          # no date is a wrong date
])
def test_date_accuracy_on_matched_facts(tmp_path, gold_date, pred_date, right):
    gold = write_gold(tmp_path, [
        {"id": "e1", "date": "2023-04-05",
         "text": "French President Emmanuel Macron arrived in Beijing on Wednesday.",
         "facts": [fact("Emmanuel Macron", "VISITED", "Beijing", date=gold_date)]}])
    report = score(gold, [pred("e1", "Emmanuel Macron", "VISITED", "Beijing", date=pred_date)])
    assert report.core.tp == 1
    assert (report.date_hits, report.date_total) == (int(right), 1)
    assert len(report.date_errors) == int(not right)


def test_wrong_dates_are_listed_with_both_dates(tmp_path):
    """A found fact with a wrong date counts as found; the analyst still needs to see which."""
    gold = write_gold(tmp_path, [
        {"id": "g1", "date": "2023-04-05",
         "text": "French President Emmanuel Macron arrived in Beijing on Wednesday and met "
                 "Xi Jinping.",
         "facts": [fact("Emmanuel Macron", "VISITED", "Beijing", date="2023-04-05"),
                   fact("Emmanuel Macron", "MET_WITH", "Xi Jinping", date="2023-04-05")]}])
    report = score(gold, [pred("g1", "Emmanuel Macron", "VISITED", "Beijing", date="2023-03-29"),
                          pred("g1", "Emmanuel Macron", "MET_WITH", "Xi Jinping")])
    assert report.core.tp == 2 and report.errors == []
    wrong = {(e.relation, e.gold, e.predicted) for e in report.date_errors}
    assert wrong == {("VISITED", "2023-04-05", "2023-03-29"), ("MET_WITH", "2023-04-05", None)}
    text = kg_eval.format_report(report, show_errors=True)
    assert "gold 2023-04-05, predicted 2023-03-29" in text
    assert "gold 2023-04-05, predicted no date" in text
    assert "DATE" not in kg_eval.format_report(report)
    listed = json.loads(kg_eval.format_report_json(report))["date_errors"]
    assert sorted(e["predicted"] or "" for e in listed) == ["", "2023-03-29"]


def test_names_fold_case_accents_hyphens_and_aliases(tmp_path):
    gold = write_gold(tmp_path, [
        {"id": "f1", "date": "2022-10-10",
         "text": "Russia fired dozens of missiles at Kyiv on Monday.",
         "facts": [fact("Russia", "ATTACKED", "Kyiv"),
                   fact("Recep Tayyip Erdoğan", "MET_WITH", "Vladimir Putin")]}])
    report = score(gold, [pred("f1", "the Russian Federation", "ATTACKED", "Kiev"),
                          pred("f1", "RECEP TAYYIP ERDOGAN", "MET_WITH", "Putin")])
    assert (report.core.tp, report.core.fp, report.core.fn) == (2, 0, 0)


def test_predictions_map_to_documents_by_article_id_or_source_stem(tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"story_one.txt": {
        "publication_date": "2023-02-20",
        "facts": [fact("Joe Biden", "VISITED", "Kyiv", date="2023-02-20")]},
        "doubts": []}), encoding="utf-8")
    docs = kg_eval.load_gold(gold)
    assert [d.id for d in docs] == ["story_one"]
    by_source = dict(pred("a9f3", "Joe Biden", "VISITED", "Kyiv"), source="x/story_one.txt")
    assert kg_eval.score(docs, [by_source]).core.tp == 1
    elsewhere = dict(pred("a9f3", "Joe Biden", "VISITED", "Kyiv"), source="x/other.txt")
    assert kg_eval.score(docs, [elsewhere]).core.fn == 1


# ---------------------------------------------------------------- evaluate(): articles in, report out

def test_evaluate_hands_articles_to_the_extractor(visit_gold):
    seen: list[Article] = []

    def extract(articles):
        seen.extend(articles)
        return [pred(a.id, "Antony Blinken", "MET_WITH", "Xi Jinping") for a in articles
                if "Blinken" in a.text]

    report = kg_eval.evaluate([visit_gold], extract)
    assert [a.id for a in seen] == ["a1", "a2", "a3"]
    assert seen[1].published.isoformat() == "2023-08-31"
    assert seen[1].text.startswith("Erdogan will travel to Russia")
    assert report.documents == 3
    assert report.by_relation["MET_WITH"].tp == 1
    assert report.core.fn == 2


def test_evaluate_reads_seed_texts_through_the_loader(tmp_path):
    article_text = ("Chinese Premier Li Qiang arrived in New Delhi on Friday to represent Beijing "
                    "at the G20 summit.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "007_delhi.txt").write_text(article_text, encoding="utf-8")
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"007_delhi.txt": {
        "publication_date": None,
        "facts": [fact("Li Qiang", "VISITED", "New Delhi"),
                  fact("Li Qiang", "HOLDS_ROLE", "China", title="Premier")]}}),
        encoding="utf-8")
    seen: list[Article] = []

    def extract(articles):
        seen.extend(articles)
        return [{"article": "whatever", "source": a.source, "subject": "Li Qiang",
                 "relation": "VISITED", "object": "New Delhi", "modality": "asserted"}
                for a in articles]

    report = kg_eval.evaluate(gold, extract, seeds_dir=seeds)
    assert [a.id for a in seen] == ["007_delhi"]
    assert "Li Qiang arrived in New Delhi" in seen[0].text
    assert (report.core.tp, report.core.fp, report.core.fn) == (1, 0, 1)


def test_missing_seed_text_is_a_gold_file_error(tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps({"absent.txt": {"facts": []}}), encoding="utf-8")
    with pytest.raises(kg_eval.GoldFileError, match="absent.txt"):
        kg_eval.evaluate(gold, lambda articles: [], seeds_dir=tmp_path)


def test_malformed_gold_line_names_the_line(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "x", "text": "ok", "facts": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(kg_eval.GoldFileError, match=r"g\.jsonl:2"):
        kg_eval.load_gold(gold)


def test_report_text_and_json(visit_gold):
    report = score(visit_gold, [pred("a1", "Antony Blinken", "MET_WITH", "Xi Jinping",
                                     date="2023-06-20"),
                                pred("a2", "Recep Tayyip Erdogan", "VISITED", "Russia")])
    text = kg_eval.format_report(report, show_errors=True)
    assert text.splitlines()[-1] == "core F1 0.400"
    assert "core P 0.500 R 0.333 F1 0.400 (tp=1 fp=1 fn=2)" in text
    assert "dates right on matched facts: 0/1" in text
    assert "FN a1: antony blinken -VISITED-> beijing" in text
    data = json.loads(kg_eval.format_report_json(report))
    assert data["core"]["tp"] == 1 and data["core"]["fp"] == 1 and data["core"]["fn"] == 2
    assert data["modality_confusion"]["planned"]["asserted"] == 1


def test_importing_kg_eval_does_not_load_spacy():
    code = "import sys, kg.eval; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- agreement with score_facts.py

def _perturbed_predictions(docs: list[kg_eval.GoldDoc], by_source: bool) -> list[dict]:
    """Predictions a real extractor might make: most gold facts, some missed, some reversed,
    some with another modality or date, spelled with aliases, plus a few inventions."""
    rows = []
    for d_i, doc in enumerate(docs):
        ident = ({"article": "h" + doc.id[-6:], "source": f"seeds/{doc.file}"} if by_source
                 else {"article": doc.id, "source": "gold.jsonl"})
        for i, f in enumerate(doc.facts + doc.optional_facts):
            n = d_i * 7 + i
            if n % 5 == 0:
                continue  # missed
            s, r, o = f["subject"], f["relation"], f["object"]
            if n % 11 == 3:
                s, o = o, s  # wrong direction (symmetric relations do not mind)
            if r == "SANCTIONED" and n % 2:
                r, s, o = "SANCTIONED_BY", o, s  # the contract's way of writing it
            modality = f.get("modality") or "asserted"
            if n % 13 == 4:
                modality = "asserted"
            date = f.get("date")
            if n % 4 == 1:
                date = None
            elif n % 6 == 2 and date:
                date = date[:4]
            if s == "United States" and n % 3 == 0:
                s = "U.S."
            rows.append({**ident, "subject": s, "relation": r, "object": o,
                         "modality": modality, "date": date})
        ident_extra = dict(ident)
        rows.append({**ident_extra, "subject": "France", "relation": "CONDEMNED",
                     "object": "Mali", "modality": "asserted", "date": None})
        if d_i % 2:
            rows.append({**ident_extra, "subject": "Germany", "relation": "AIDED",
                         "object": "Ukraine", "modality": "planned", "date": None})
    return rows


def _scorer_lines(gold: Path, preds: Path) -> dict[str, str]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), "--pred", str(preds)],
                         capture_output=True, text=True, check=True, timeout=120)
    lines = out.stdout.splitlines()
    got = {"core": next(l for l in lines if l.startswith("core P "))}
    for line in lines:
        m = re.match(r"(\w+)\s+tp=", line)
        if m:
            got[m.group(1)] = re.sub(r"\s+", " ", line)
        if line.startswith("dates right"):
            got["dates"] = line
    return got


def _our_lines(gold: Path, rows: list[dict], seeds_dir: Path | None = None) -> dict[str, str]:
    if seeds_dir is None:
        report = kg_eval.score(kg_eval.load_gold(gold), rows)
    else:
        report = kg_eval.evaluate([gold], lambda articles: rows, seeds_dir=seeds_dir)
    lines = kg_eval.format_report(report).splitlines()
    got = {"core": next(l for l in lines if l.startswith("core P "))}
    for rel, c in report.by_relation.items():
        got[rel] = (f"{rel} tp={c.tp} fp={c.fp} fn={c.fn} P={c.precision:.3f} "
                    f"R={c.recall:.3f} F1={c.f1:.3f}")
    if report.date_total:
        got["dates"] = f"dates right on matched facts: {report.date_hits}/{report.date_total}"
    return got


def _normalise(lines: dict[str, str]) -> dict[str, str]:
    return {k: re.sub(r"tp=\s*(\d+) fp=\s*(\d+) fn=\s*(\d+)", r"tp=\1 fp=\2 fn=\3", v)
            for k, v in lines.items()}


@needs_shared
def test_agrees_with_reference_scorer_on_seeds_gold(tmp_path, seeds_dir):
    docs = kg_eval.load_gold(SEEDS_GOLD)
    rows = _perturbed_predictions(docs, by_source=True)
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ours = _our_lines(SEEDS_GOLD, rows, seeds_dir=seeds_dir)
    theirs = _scorer_lines(SEEDS_GOLD, preds)
    assert _normalise(ours) == _normalise(theirs)
    # the perturbation really perturbs: not a trivial 1.000 or 0.000
    assert "F1 1.000" not in ours["core"] and "F1 0.000" not in ours["core"]


@needs_shared
@pytest.mark.parametrize("gold", [DEVSET, PETRARCH_GOLD], ids=["devset", "petrarch2"])
def test_agrees_with_reference_scorer_on_jsonl_gold(tmp_path, gold):
    if not gold.is_file():
        pytest.skip(f"{gold} not found")
    rows = _perturbed_predictions(kg_eval.load_gold(gold), by_source=False)
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert _normalise(_our_lines(gold, rows)) == _normalise(_scorer_lines(gold, preds))


@needs_shared
def test_perfect_predictions_on_devset_agree_at_one(tmp_path):
    docs = kg_eval.load_gold(DEVSET)
    rows = [pred(d.id, f["subject"], f["relation"], f["object"], modality=f["modality"],
                 date=f["date"]) for d in docs for f in d.facts]
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    theirs = _scorer_lines(DEVSET, preds)
    ours = kg_eval.score(docs, rows)
    assert ours.core.f1 == 1.0 and ours.core.fp == 0
    assert theirs["core"].startswith("core P 1.000 R 1.000 F1 1.000")
    assert ours.date_hits == ours.date_total > 0


def test_a_text_the_loader_refuses_is_reported_and_scored_as_missed(tmp_path):
    gold = write_gold(tmp_path, [
        {"id": "g1", "date": "2023-01-26",
         "text": "The United States imposed new sanctions on the Wagner Group on Thursday.",
         "facts": [fact("Wagner Group", "SANCTIONED_BY", "United States")]},
        {"id": "g2", "date": "2023-01-26", "text": "   ",
         "facts": [fact("Russia", "ATTACKED", "Ukraine")]}])
    seen: list[str] = []

    def extract(articles):
        seen.extend(a.id for a in articles)
        return [pred("g1", "Wagner Group", "SANCTIONED_BY", "United States")]

    report = kg_eval.evaluate(gold, extract)
    assert seen == ["g1"]
    assert len(report.failed) == 1 and report.failed[0].startswith(f"{gold}:2: [")
    assert (report.core.tp, report.core.fn) == (1, 1)
    assert "not loaded" in kg_eval.format_report(report)
