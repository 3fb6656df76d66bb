"""Questions answered from a small hand-built store (a state visit to Beijing reported twice, a
ministerial meeting in Jakarta, a visit to Pyongyang, EU sanctions, a planned trip to Canberra).
Every expected answer was read off the sentences in tests/test_sqlite_store.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import UnknownEntity, UnsupportedQuestion
from kg.query import answer
from kg.query.render import render_json, render_text
from kg.store.sqlite import SqliteStore
from tests.test_sqlite_store import corpus, hostile

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = SqliteStore(tmp_path_factory.mktemp("q") / "kg.db")
    for result in [*corpus(), hostile()]:
        s.write(result)
    yield s
    s.close()


def triples(ans, via=False):
    return [(r["subject"], r["relation"], r["object"]) + ((r["via"],) if via else ()) for r in ans.rows]


def test_a_visit_to_a_city_is_a_visit_to_its_country(store):
    # Beijing LOCATED_IN China (a fact); Pyongyang's `country` attribute says North Korea
    assert triples(answer(store, "Who visited China?")) == [("Emmanuel Macron", "VISITED", "Beijing")]
    assert triples(answer(store, "who visited north korea")) == [("Vladimir Putin", "VISITED", "Pyongyang")]


def test_which_countries_counts_the_officials_state(store):
    ans = answer(store, "Which countries visited North Korea in 2024?")
    assert triples(ans, via=True) == [("Russia", "VISITED", "Pyongyang", "Vladimir Putin")]
    assert answer(store, "which countries visited north korea in 2023").rows == []
    ans = answer(store, "which countries did Macron visit")
    assert triples(ans, via=True) == [("Emmanuel Macron", "VISITED", "China", "Beijing")]


def test_symmetric_relations_answer_from_both_ends(store):
    expected = [("Emmanuel Macron", "MET_WITH", "Xi Jinping")]
    assert triples(answer(store, "who met Xi Jinping")) == expected
    assert triples(answer(store, "whom did Xi meet?")) == [("Emmanuel Macron", "MET_WITH", "Xi Jinping")]
    assert triples(answer(store, "who did Macron hold talks with")) == [("Xi Jinping", "MET_WITH", "Emmanuel Macron")]
    row = answer(store, "who met Xi Jinping").rows[0]
    assert row["articles"] == 2 and row["date"] == "2023-04-06"
    assert row["evidence"].startswith("Macron held talks with Chinese President Xi Jinping")


def test_kind_and_time_filters(store):
    assert triples(answer(store, "which officials met Antony Blinken in 2023")) == [
        ("Retno Marsudi", "MET_WITH", "Antony Blinken")]
    assert answer(store, "which officials met Antony Blinken before July 2023").rows == []
    assert triples(answer(store, "which countries met Blinken"), via=True) == [
        ("Indonesia", "MET_WITH", "Antony Blinken", "Retno Marsudi")]


def test_sanctions_read_target_to_sanctioner(store):
    assert triples(answer(store, "who sanctioned Russia")) == [("Russia", "SANCTIONED_BY", "European Union")]
    assert triples(answer(store, "whom did the EU sanction?")) == [("Russia", "SANCTIONED_BY", "European Union")]
    assert answer(store, "who sanctioned the European Union").rows == []


def test_alliances(store):
    assert triples(answer(store, "who are Russia's allies?")) == [("North Korea", "ALLIED_WITH", "Russia")]
    assert answer(store, "is North Korea allied with Russia").answer is True


def test_modality_is_asked_for_not_assumed(store):
    plain = answer(store, "who visited Australia")
    assert plain.rows == [] and "1 planned" in plain.notes[0]
    planned = answer(store, "who plans to visit Australia?")
    assert [(r["subject"], r["object"], r["date"], r["modality"]) for r in planned.rows] == [
        ("Li Qiang", "Canberra", "2024-06", "planned")]
    assert triples(answer(store, "planned visits to Canberra")) == [("Li Qiang", "VISITED", "Canberra")]
    assert answer(store, "who did not visit Canberra").rows == []


def test_who_is(store):
    ans = answer(store, "Who is Emmanuel Macron?")
    (profile,) = ans.profile
    assert profile["type"] == "Person" and profile["aliases"] == ["Macron"]
    assert [(r["title"], r["of"]) for r in profile["roles"]] == [("President", "France")]
    china = answer(store, "who is the PRC").profile[0]
    assert china["name"] == "China"
    assert sorted((h["name"], h["title"]) for h in china["role_holders"]) == [
        ("Li Qiang", "Premier"), ("Xi Jinping", "President")]


def test_what_did_x_do_and_timeline(store):
    assert triples(answer(store, "what did Putin do")) == [
        ("Vladimir Putin", "MET_WITH", "Kim Jong Un"),
        ("Vladimir Putin", "VISITED", "Pyongyang"),
        ("Vladimir Putin", "HOLDS_ROLE", "Russia"),
    ]
    # Russia is the target, not the actor, of the sanctions
    assert ("Russia", "SANCTIONED_BY", "European Union") not in triples(answer(store, "what did Russia do"))
    timeline = answer(store, "timeline of Russia")
    assert [r["date"] for r in timeline.rows] == ["2024-02-23", "2024-06-19", None]
    assert triples(timeline)[0] == ("Russia", "SANCTIONED_BY", "European Union")


def test_when_and_did(store):
    when = answer(store, "when did Macron visit China?")
    assert [(r["object"], r["date"]) for r in when.rows] == [("Beijing", "2023-04-05")]
    yes = answer(store, "Did Macron meet Xi Jinping?")
    assert yes.answer is True and triples(yes) == [("Emmanuel Macron", "MET_WITH", "Xi Jinping")]
    assert answer(store, "did Xi meet Macron").answer is True  # symmetric
    no = answer(store, "did Xi Jinping meet Antony Blinken")
    assert no.answer is False and no.rows == []
    assert answer(store, "did Li Qiang visit Canberra").answer is False  # only planned
    assert answer(store, "will Li Qiang visit Canberra").answer is True


def test_connection_paths_carry_their_evidence(store):
    ans = answer(store, "how is France connected to China?")
    hops = sorted(tuple((r["subject"], r["relation"], r["object"]) for r in path) for path in ans.paths)
    assert hops == [
        (("Emmanuel Macron", "HOLDS_ROLE", "France"), ("Emmanuel Macron", "MET_WITH", "Xi Jinping"),
         ("Xi Jinping", "HOLDS_ROLE", "China")),
        (("Emmanuel Macron", "HOLDS_ROLE", "France"), ("Emmanuel Macron", "VISITED", "Beijing"),
         ("Beijing", "LOCATED_IN", "China")),
    ]
    assert all(row["evidence"] for path in ans.paths for row in path)
    assert answer(store, "how is France connected to Australia").paths == []


def test_forgiving_names(store):
    typo = answer(store, "who visited Pyongang?")
    assert typo.notes == ["(showing results for 'Pyongyang')"]
    assert triples(typo) == [("Vladimir Putin", "VISITED", "Pyongyang")]
    assert triples(answer(store, "who met President Xi Jinping")) == [("Emmanuel Macron", "MET_WITH", "Xi Jinping")]
    assert triples(answer(store, "who is allied with the dprk")) == [("Russia", "ALLIED_WITH", "North Korea")]
    with pytest.raises(UnknownEntity) as err:
        answer(store, "who visited Atlantis")
    assert err.value.message == "no entity named 'Atlantis' in the store"


def test_unsupported_question(store):
    with pytest.raises(UnsupportedQuestion):
        answer(store, "tell me a joke")


def test_hostile_names_are_answered_as_text(store):
    ans = answer(store, "who condemned the Republic of '; DROP TABLE facts; --")
    assert triples(ans) == [('Front "}) DETACH DELETE n //', "CONDEMNED", "Republic of '; DROP TABLE facts; --")]
    assert answer(store, "who visited China").rows  # tables intact


def test_rows_are_contract_fact_rows_and_limit_applies(store):
    ans = answer(store, "timeline of China", limit=2)
    assert len(ans.rows) == 2
    keys = {"article", "source", "subject", "subject_type", "relation", "object", "object_type", "date",
            "modality", "confidence", "title", "cameo", "evidence", "articles", "dates"}
    assert keys <= set(ans.rows[0])
    assert json.loads(render_json(ans)) == ans.rows  # the contract: a list of fact rows
    yes = json.loads(render_json(answer(store, "did Li Qiang visit Canberra")))
    assert [(r["modality"], r["answer"]) for r in yes] == [("planned", False)]
    paths = json.loads(render_json(answer(store, "how is France connected to China")))
    assert sorted({(r["path"], r["hop"]) for r in paths}) == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]
    assert ans.executed and all("?" not in sql or params for sql, params in ans.executed)


def test_table_rendering_shows_evidence(store):
    text = render_text(answer(store, "who met Xi Jinping"), width=200)
    assert "Emmanuel Macron" in text and "MET_WITH" in text and "Great Hall" in text
    assert "yes" in render_text(answer(store, "did Macron meet Xi"))


def test_importing_the_query_engine_stays_light():
    code = ("import sys, kg.query, kg.query.render, kg.store\n"
            "print(','.join(m for m in ('spacy', 'networkx', 'neo4j', 'trafilatura', 'rich', 'rapidfuzz') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_a_loose_reading_of_an_unknown_thing_is_not_understood(store):
    with pytest.raises(UnsupportedQuestion):
        answer(store, "what is the meaning of life")
    assert answer(store, "what is China").profile[0]["name"] == "China"
    with pytest.raises(UnknownEntity):
        answer(store, "who is Zorblax Quuxington")


def test_explain_shows_the_indexes_each_query_used(store):
    from kg.query.engine import explain

    ans = answer(store, "whom did Macron meet?", plans=True)
    blocks = explain(ans)
    assert len(blocks) == len(ans.executed) >= 2
    facts_block = next(b for b in blocks if "JOIN fact_evidence" in b)
    # the symmetric question reads both ends through their indexes, never by scanning the table
    assert "INDEX facts_at_subject (subject_id=?" in facts_block
    assert "INDEX facts_at_object (object_id=?" in facts_block
    assert "SEARCH fe USING INDEX fact_evidence_key (fact_n=?)" in facts_block
    assert "SCAN f\n" not in facts_block + "\n" and "SCAN fe" not in facts_block and "SCAN facts" not in facts_block
    assert all("-- plan:" not in b for b in explain(answer(store, "whom did Macron meet?")))


def test_a_gazetteer_that_does_not_load_is_a_coded_error_not_a_quieter_answer(tmp_path, monkeypatch):
    from ingest.gazetteer import Gazetteer
    from kg.errors import GazetteerUnavailable
    from schemas import Entity, EntityType, ExtractionResult
    from tests.builders import article, fact

    envoy = Entity.make("Tomas Ferreira", EntityType.PERSON)
    port = Entity.make("Port Almera", EntityType.CITY)  # no country attribute, no LOCATED_IN fact
    land = Entity.make("Almeria Republic", EntityType.STATE)
    sentence = "Tomas Ferreira visited Port Almera on Monday."
    art = article("gz-1", sentence, "2024-03-04")
    s = SqliteStore(tmp_path / "kg.db")
    s.write(ExtractionResult(article=art, entities=[envoy, port, land],
                             facts=[fact(art, envoy, "VISITED", port, sentence, date="2024-03-04")]))
    empty = tmp_path / "no-data"
    empty.mkdir()
    monkeypatch.setattr(Gazetteer, "default", classmethod(lambda cls: cls(empty)))
    with pytest.raises(GazetteerUnavailable) as err:
        answer(s, "who visited Almeria Republic?")
    assert err.value.code == "KG015" and "gazetteer" in err.value.message
