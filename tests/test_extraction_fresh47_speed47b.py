"""Stop 47, extraction speed: the gazetteer's office-holder questions read an index made once,
not every term of every known person on each question.

`holders_named` (a lone name after a title: "King A", "Emir B") and `holders` (who held a post in
one state) walked all of roles.json's persons and terms per question; they now read the persons
with that name word and the terms held in that state. The facts are as they were (the regression
inputs, the pooled passages, the seeds and the bench corpus extract byte-identically); these
tests pin the mechanism and guard the answers against the whole walk.
"""
from __future__ import annotations

import re

from ingest.gazetteer import Gazetteer, _date_key, fold_name
from schemas.names import entity_id


def _walked_holders_named(g: Gazetteer, name: str, title: str, on, state_id=None) -> list[str]:
    """The answer of the whole walk: every known person's terms, then their name words."""
    want = g.normalise_title(title) or title
    cat = g.title_category(want)
    word = fold_name(name)
    out = []
    for person in g._roles:
        entry = g._by_id.get(entity_id("Person", person))
        if entry is None or not any((r.title == want or (cat is not None and g.title_category(r.title) == cat))
                                    and (state_id is None or r.state == state_id) for r in g.roles_of(person, on)):
            continue
        if any(word in (parts[0], parts[-1]) for parts in
               (re.split(r"[\s\-]+", fold_name(form)) for form in (person, *entry.aliases))):
            out.append(entry.name)
    return out


def _walked_holders(g: Gazetteer, state_id: str, title: str, on) -> list[tuple[str, str | None]]:
    want = g.normalise_title(title) or title
    cat = g.title_category(want)
    out = [r for roles in g._roles.values() for r in roles if r.state == state_id
           and (r.title == want or (cat is not None and g.title_category(r.title) == cat))
           and (on is None or r in g.roles_of(r.person, on))]
    return [(r.person, r.start) for r in sorted(out, key=lambda r: (_date_key(r.start, end=False), r.person))]


class _Unwalkable(dict):
    """The persons' terms, to be looked up by person (`roles_of`) but never walked."""

    def __iter__(self):
        raise AssertionError("every person's terms walked")

    def values(self):
        raise AssertionError("every person's terms walked")


def _counting_roles_of(monkeypatch, g: Gazetteer) -> list[str]:
    asked: list[str] = []
    real = g.roles_of

    def roles_of(person, on=None):
        asked.append(person)
        return real(person, on)

    monkeypatch.setattr(g, "roles_of", roles_of)
    return asked


def test_a_lone_name_after_a_title_reads_only_the_persons_of_that_name(monkeypatch):
    """"King Abdullah": the terms read are those of the few known persons with "Abdullah" first
    or last in a name of theirs, not those of every person roles.json knows."""
    g = Gazetteer.default()
    asked = _counting_roles_of(monkeypatch, g)
    found = g.holders_named("Abdullah", "King", "2020-05-01")
    assert [e.name for e in found] == ["Abdullah II"]
    assert 0 < len(asked) < 20 < len(g._roles)
    assert all("abdullah" in fold_name(p).split() or any("abdullah" in fold_name(a).split()
                                                         for a in g._by_id[entity_id("Person", p)].aliases)
               for p in asked)


def test_the_holders_of_a_post_read_only_that_states_terms(monkeypatch):
    """"the Jordanian king" on a date: only the terms held in Jordan are dated (`roles_of`), and
    the terms of other states are not walked at all once the index is made."""
    g = Gazetteer.default()
    g.holders("state:jordan", "King", "2020")  # the index is made on first use
    asked = _counting_roles_of(monkeypatch, g)
    monkeypatch.setattr(g, "_roles", _Unwalkable(g._roles))  # looked up by person, never walked
    assert [(r.person, r.start) for r in g.holders("state:jordan", "King", "2020")] == [("Abdullah II", "1999-02-07")]
    assert asked and set(asked) <= {"Abdullah II", "Hussein bin Talal"}


def test_the_indexed_answers_are_the_whole_walks():
    """Guard: a name word in the middle of a name ("Jong" of Kim Jong Un) finds no one; a family
    name finds every holder of the title's kind, in roles.json order; an undated question every
    holder at any time; a state's holders sorted by term as before."""
    g = Gazetteer.default()
    for name, title, on, state in [("Jong", "Supreme Leader", None, None), ("Kim", "Supreme Leader", None, None),
                                   ("Abdullah", "King", None, None), ("Abdullah", "King", "2010-01-01", None),
                                   ("Salman", "Crown Prince", None, "state:saudi-arabia"), ("Macron", "President", "2021", None),
                                   ("Qzxorb", "President", None, None)]:
        assert [e.name for e in g.holders_named(name, title, on, state)] == _walked_holders_named(g, name, title, on, state)
    assert not g.holders_named("Jong", "Supreme Leader", None)
    for state, title, on in [("state:jordan", "King", None), ("state:france", "President", "2016"),
                             ("state:china", "general secretary", "2015-06-01"), ("state:nowhere", "King", None)]:
        assert [(r.person, r.start) for r in g.holders(state, title, on)] == _walked_holders(g, state, title, on)
