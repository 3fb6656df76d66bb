"""How real news words sanctions, aid and alliances (docs/ERRORS.md, stop 20, the support fresh
set): sanctions "imposed by X on A, B and C" in the passive, a "sanctions resolution" or
"sanctions package" on a target, a list of sanctioned persons the parser breaks at a title
("Company head C, Senator D"), a state "added to a blacklist", help "with" money or arms, states
"united by" a defence treaty. Sentences and persons are our own; articles are dated Friday
8 March 2024."""

import pytest

from tests.facts import one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


@pytest.mark.parametrize("text,targets,sanctioner", [
    ("Similar sanctions were imposed by Canada on Chad, Gabon and Sudan last year.",
     ["Chad", "Gabon", "Sudan"], "Canada"),
    ("Fresh sanctions were slapped on Iran by Canada on Monday.", ["Iran"], "Canada"),
])
def test_passive_sanctions_by_the_imposer_on_the_targets(facts_of, text, targets, sanctioner):
    facts = facts_of(text)
    for target in targets:
        one(facts, target, "SANCTIONED_BY", sanctioner)


def test_a_passive_reaction_to_sanctions_names_no_imposer(facts_of):
    facts = facts_of("Sanctions imposed on Cuba were criticised by Mexico on Monday.")
    assert not [f for f in _rel(facts, "SANCTIONED_BY") if f.object == "Mexico"]


@pytest.mark.parametrize("text,target,sanctioner", [
    ("The UN Security Council passed a fresh sanctions resolution on Eritrea on Monday.",
     "Eritrea", "United Nations Security Council"),
    ("The European Union approved a sanctions package against Belarus on Monday.", "Belarus", "European Union"),
])
def test_a_sanctions_resolution_or_package_on_a_target(facts_of, text, target, sanctioner):
    one(facts_of(text), target, "SANCTIONED_BY", sanctioner)


def test_a_resolution_or_package_without_sanctions_is_no_sanction(facts_of):
    facts = facts_of("The European Union approved an aid package for Belarus and a resolution on Chad on Monday.")
    assert not _rel(facts, "SANCTIONED_BY")


def test_a_broken_list_of_sanctioned_persons_goes_on_after_titles(facts_of):
    facts = facts_of("On Monday Canada imposed sanctions against businessmen Pavel Orlov, Ivan Sokolov and "
                     "Oleg Volkov, Novatek head Sergei Morozov, Ruritanian Ambassador to Chile Boris Lebed, "
                     "Senator Andrei Zaitsev and others.")
    for person in ["Pavel Orlov", "Ivan Sokolov", "Oleg Volkov", "Sergei Morozov", "Boris Lebed", "Andrei Zaitsev"]:
        one(facts, person, "SANCTIONED_BY", "Canada")
    assert not [f for f in _rel(facts, "SANCTIONED_BY") if f.subject in ("Novatek", "Chile")]


def test_a_list_ends_where_the_words_stop_naming_persons(facts_of):
    facts = facts_of("Canada imposed sanctions on Pavel Orlov, who met Chile's foreign minister Ana Soto on Monday.")
    one(facts, "Pavel Orlov", "SANCTIONED_BY", "Canada")
    assert not [f for f in _rel(facts, "SANCTIONED_BY") if f.subject == "Ana Soto"]


@pytest.mark.parametrize("text,target,sanctioner", [
    ("The U.S. Commerce Department said on Monday it was adding Zentek Systems to its trade blacklist.",
     "Zentek Systems", "United States"),
    ("Japan added Volga Shipping Company to its sanctions list on Monday.", "Volga Shipping Company", "Japan"),
])
def test_added_to_a_blacklist(facts_of, text, target, sanctioner):
    one(facts_of(text), target, "SANCTIONED_BY", sanctioner)


def test_added_to_another_list_is_no_sanction(facts_of):
    facts = facts_of("Japan added Chile to its list of visa-free countries on Monday.")
    assert not _rel(facts, "SANCTIONED_BY")


@pytest.mark.parametrize("text,donor,recipient", [
    ("Qatar supported Jordan in 2022 with $2 billion in deposits.", "Qatar", "Jordan"),
    ("Poland backed Moldova with fuel and generators on Monday.", "Poland", "Moldova"),
])
def test_supported_with_money_or_goods(facts_of, text, donor, recipient):
    one(facts_of(text), donor, "AIDED", recipient)


def test_supported_with_words_is_no_aid(facts_of):
    facts = facts_of("Brazil supported Chile with a statement at the United Nations on Monday.")
    assert not _rel(facts, "AIDED")


@pytest.mark.parametrize("text,a,b", [
    ("Chile and Peru are united by a mutual defence treaty signed in 1960.", "Chile", "Peru"),
    ("Norway and Denmark are bound by a military alliance.", "Denmark", "Norway"),
])
def test_states_united_by_a_defence_treaty(facts_of, text, a, b):
    facts = facts_of(text)
    assert [f for f in _rel(facts, "ALLIED_WITH") if {f.subject, f.object} == {a, b}]


def test_states_bound_by_a_peace_treaty_are_no_allies(facts_of):
    facts = facts_of("Chile and Peru are bound by a peace treaty signed in 1929.")
    assert not _rel(facts, "ALLIED_WITH")


@pytest.mark.parametrize("text,pair,relation,other", [
    ("After the floods in Chile and Peru, Japan announced USD 20 million in relief aid for both countries on Monday.",
     ["Chile", "Peru"], "AIDED", "Japan"),
    ("Qatar is selling Sudan 900,000 barrels of fuel in a move criticised by Egyptian officials because both nations "
     "are under American sanctions.", ["Qatar", "Sudan"], "SANCTIONED_BY", "United States"),
])
def test_both_countries_is_the_pair_the_sentence_names(facts_of, text, pair, relation, other):
    facts = facts_of(text)
    for state in pair:
        if relation == "AIDED":
            one(facts, other, relation, state)
        else:
            one(facts, state, relation, other)
    assert not [f for f in facts if f.relation == relation and other in (f.subject, f.object)
                and {f.subject, f.object} - {other} - set(pair)]


def test_its_is_not_a_list_of_subjects(facts_of):
    facts = facts_of("Canada and Norway moved to isolate Eritrea after its invasion of Djibouti on Monday.")
    one(facts, "Eritrea", "ATTACKED", "Djibouti")
    assert not [f for f in _rel(facts, "ATTACKED") if f.subject in ("Canada", "Norway")]


def test_aid_answering_a_request_goes_to_the_requester(facts_of):
    facts = facts_of("In response to an appeal from the government of Fiji, New Zealand is providing "
                     "2 million dollars for reconstruction.")
    one(facts, "New Zealand", "AIDED", "Fiji")


@pytest.mark.parametrize("text", [
    "In response to an appeal from Chile, Peru provided information on the suspects.",
    "In response to an attack from Chile, Peru sent weapons to the border.",
])
def test_a_request_for_no_aid_or_an_attack_gives_no_aid(facts_of, text):
    assert not _rel(facts_of(text), "AIDED")


def test_counted_nationals_are_the_named_members_not_their_state(facts_of):
    facts = facts_of("Japan froze the assets of five Syrian businessmen, including Omar Haddad, on Monday.")
    one(facts, "Omar Haddad", "SANCTIONED_BY", "Japan")
    assert not [f for f in _rel(facts, "SANCTIONED_BY") if f.subject == "Syria"]


def test_an_alliance_of_leaders_the_gazetteer_knows_is_their_states(facts_of):
    facts = facts_of("Emmanuel Macron signed a mutual defence agreement with Narendra Modi on Wednesday.")
    one(facts, "France", "ALLIED_WITH", "India")


@pytest.mark.parametrize("text", [
    "The Office of Export Enforcement (OEE) on Monday imposed sanctions on Zentek Systems.",
    "The Treasury's Office of Export Enforcement on Monday imposed sanctions on Zentek Systems.",
])
def test_an_office_named_with_its_acronym_or_owning_organ_is_the_office(facts_of, text):
    one(facts_of(text), "Zentek Systems", "SANCTIONED_BY", "Office of Export Enforcement")


def test_referred_to_as_an_ally(facts_of):
    facts = facts_of("Indian Prime Minister Narendra Modi referred to France as a trusted friend and ally on Monday.")
    one(facts, "India", "ALLIED_WITH", "France")
    facts = facts_of("Indian Prime Minister Narendra Modi referred to France as a difficult partner on Monday.")
    assert not _rel(facts, "ALLIED_WITH")


def test_a_description_restated_by_the_names_of_the_sanctioned(facts_of):
    facts = facts_of("Canada imposed sanctions on the founder of the Leeds football club, Mikhail Petrov, and "
                     "Ivan Sokolov, the head of a shipping firm, on Monday.")
    one(facts, "Mikhail Petrov", "SANCTIONED_BY", "Canada")
    one(facts, "Ivan Sokolov", "SANCTIONED_BY", "Canada")
