"""Property-based tests of `kg export json OUT` with the contract's filters (--since, --until,
--relation, --min-articles, --modality, --around NAME --depth N), on SQLite and the test Neo4j.

Written against ../shared/CONTRACT.md before the options existed: the module is skipped while
`kg export` has none of them. For every generated combination: no traceback, exit 0/1/2, the store
unchanged (an export never writes), and when it succeeds, valid JSON that is a part of the
unfiltered export and honours the filters whose meaning the contract fixes (relation, modality,
"asserted facts only unless --modality says otherwise", minimum number of articles).
Arguments that are plainly not a date / relation / modality are usage errors (2).
"""
from __future__ import annotations

import inspect
import json
import string

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.hypothesis_support import assert_clean, invoke, make_store, tmpdir

FILTERS = {"since", "until", "relation", "min_articles", "modality", "around", "depth"}


def _export_options() -> set[str]:
    from kg.cli import export

    return set(inspect.signature(export).parameters)


HAS_FILTERS = FILTERS <= _export_options()
pytestmark = pytest.mark.skipif(not HAS_FILTERS, reason="`kg export` has no filter options yet "
                                                        "(--since/--until/--relation/--min-articles/"
                                                        "--modality/--around/--depth)")

RELATIONS = ["VISITED", "MET_WITH", "ALLIED_WITH", "SANCTIONED_BY", "CONDEMNED", "AIDED", "ATTACKED",
             "HOLDS_ROLE", "PARTICIPATED_IN", "HOSTED", "LOCATED_IN"]
MODALITIES = ["asserted", "planned", "negated"]
# Articles of our own, with facts of several relations and modalities, dated across two years.
ARTICLES = [
    {"id": "hyp-export-1", "published": "2023-05-10",
     "text": "German Chancellor Olaf Scholz visited Paris on Tuesday and met French President "
             "Emmanuel Macron, officials said. Scholz will visit Madrid next month."},
    {"id": "hyp-export-2", "published": "2024-09-02",
     "text": "France condemned Russia on Monday. French President Emmanuel Macron met German "
             "Chancellor Olaf Scholz in Berlin, and the two leaders did not visit Kyiv."},
]

letters = st.text(string.ascii_letters, min_size=1, max_size=12)
not_a_date = letters  # plainly not YYYY, YYYY-MM or YYYY-MM-DD
dates = st.one_of(st.dates().map(str), st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}"),
                  st.integers(1900, 2100).map(str))
not_a_relation = letters.filter(lambda s: s.upper() not in RELATIONS)
not_a_modality = letters.filter(lambda s: s.lower() not in MODALITIES)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    creds = request.getfixturevalue("neo4j_credentials") if request.param == "neo4j" else None
    under = make_store(request.param, tmpdir(f"kg-hyp-export-{request.param}-"), creds)
    batch = under.workdir / "export-articles.jsonl"
    batch.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert invoke(under, ["ingest", str(batch)]).exit_code == 0
    full = under.workdir / "full.json"  # every fact, whatever its modality
    done = invoke(under, ["export", "json", str(full), *[arg for m in MODALITIES for arg in ("--modality", m)]])
    assert done.exit_code == 0, done.stderr
    under.full = json.loads(full.read_text(encoding="utf-8"))
    assert {e["modality"] for e in under.full["edges"]} >= {"asserted", "planned"}
    return under



@settings(max_examples=40)
@given(since=st.one_of(st.none(), st.none(), dates, dates, not_a_date),  # mostly absent or valid
       until=st.one_of(st.none(), st.none(), dates, dates, not_a_date),
       relation=st.one_of(st.none(), st.none(), st.sampled_from(RELATIONS), st.sampled_from(RELATIONS),
                          not_a_relation),
       min_articles=st.one_of(st.none(), st.none(), st.integers(0, 3), st.integers(-3, 4)),
       modality=st.one_of(st.none(), st.none(), st.sampled_from(MODALITIES), st.sampled_from(MODALITIES),
                          not_a_modality),
       around=st.one_of(st.none(), st.none(), st.sampled_from(["Emmanuel Macron", "Olaf Scholz", "Berlin"]),
                        st.text(max_size=40)),
       depth=st.one_of(st.none(), st.none(), st.integers(0, 3), st.integers(-2, 5)))
def test_export_filters(store, since, until, relation, min_articles, modality, around, depth):
    out = store.workdir / "filtered.json"
    out.unlink(missing_ok=True)
    args = ["export", "json", str(out)]
    for flag, value in (("--since", since), ("--until", until), ("--relation", relation),
                        ("--min-articles", min_articles), ("--modality", modality), ("--around", around),
                        ("--depth", depth)):
        if value is not None:
            args += [flag, str(value)]
    before = store.snapshot()
    outcome = invoke(store, args)
    assert_clean(outcome, {0, 1, 2})
    event(f"exit {outcome.exit_code}" + (f": {outcome.stderr.split(':')[0][:40]}" if outcome.exit_code else ""))
    assert store.snapshot() == before

    plainly_wrong = ((since is not None and since.isalpha()) or (until is not None and until.isalpha())
                     or (relation is not None and relation.upper() not in RELATIONS)
                     or (modality is not None and modality.lower() not in MODALITIES))
    if plainly_wrong:
        assert outcome.exit_code == 2, (args, outcome.stdout, outcome.stderr)
        return
    if outcome.exit_code != 0:
        return
    data = json.loads(out.read_text(encoding="utf-8"))
    full_nodes = {n["id"] for n in store.full["nodes"]}
    full_edges = {e["key"]: e for e in store.full["edges"]}
    assert {n["id"] for n in data["nodes"]} <= full_nodes
    for edge in data["edges"]:
        assert edge["key"] in full_edges, edge
        if relation is not None:
            assert edge["relation"] == relation.upper()
        assert edge["modality"] == (modality.lower() if modality is not None else "asserted")
        if min_articles is not None and min_articles > 0:
            assert len(edge["article_ids"]) >= min_articles
    if around is None and min_articles in (None, 0, 1) and relation is None and since is None and until is None:
        wanted = modality.lower() if modality else "asserted"
        assert len(data["edges"]) == sum(1 for e in full_edges.values() if e["modality"] == wanted)
