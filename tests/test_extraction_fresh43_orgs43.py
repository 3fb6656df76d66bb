"""Organisations from named public lists (stop 43): the US Foreign Terrorist Organization list and
the UN sanctions lists' groups, the regional and intergovernmental organisations and banks of each
continent, the UN's agencies and missions, and the parties and armed movements wire copy names by
acronym (organizations.json `_meta.source`). An unknown group was read as nobody, by a fragment of
its name, or as another body that folds alike ("JEM" as Jaish-e-Mohammed's "JeM"); an acronym that
is also a common word or another body's is no alias, so it is never forced. Sentences are our own."""
import datetime as dt

from tests.facts import one


def test_a_movement_the_article_spells_out_is_not_the_group_whose_acronym_folds_alike(facts_of):
    facts = facts_of("Washington condemned a raid by Justice and Equality Movement (JEM) fighters on a cattle "
                     "market in North Darfur, the embassy said on Monday.")
    one(facts, "Justice and Equality Movement", "ATTACKED", "North Darfur")
    assert not [f for f in facts if "Jaish" in f.subject or "Jaish" in f.object]


def test_a_militia_of_the_un_sanctions_list_is_the_censured_side(facts_of):
    facts = facts_of("MINUSCA condemned an ambush by Anti-balaka militiamen on a supply convoy near Bossangoa "
                     "on Tuesday.")
    one(facts, "MINUSCA", "CONDEMNED", "Anti-balaka")


def test_a_party_named_in_full_accuses_a_state(facts_of):
    facts = facts_of("The Farabundo Martí National Liberation Front accused the United States of meddling in "
                     "the presidential vote.")
    one(facts, "Farabundo Martí National Liberation Front", "CONDEMNED", "United States")


def test_an_armed_movement_named_by_its_acronym_has_its_full_name(facts_of):
    facts = facts_of("Khartoum accused the SPLM-N of shelling the outskirts of Kadugli on Thursday.")
    one(facts, "Sudan", "CONDEMNED", "Sudan People's Liberation Movement-North")


def test_a_separatist_spokesman_holds_his_post_in_the_group_named_in_full(facts_of):
    facts = facts_of("The IPOB spokesman Emma Powerful told reporters the sit-at-home order would stand.",
                     published=dt.date(2021, 8, 13))
    one(facts, "Emma Powerful", "HOLDS_ROLE", "Indigenous People of Biafra")


def test_guard_an_acronym_that_is_a_word_or_another_bodys_is_never_forced(facts_of):
    """'APC' (an armoured vehicle) and 'ADF' (Australia's defence force as well as a Congolese
    rebel group) are no aliases: neither sentence names the party or the rebels; 'JeM' stays
    Jaish-e-Mohammed."""
    facts = facts_of("An APC carrying eight soldiers struck a roadside bomb outside the town on Monday. "
                     "The ADF sent two transport aircraft to help Tonga after the eruption.")
    names = {f.subject for f in facts} | {f.object for f in facts}
    assert "All Progressives Congress" not in names and "Allied Democratic Forces" not in names
    facts = facts_of("India blamed JeM for the attack on the convoy.")
    one(facts, "India", "CONDEMNED", "Jaish-e-Mohammed")
