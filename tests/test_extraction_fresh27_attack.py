"""Constructions of attacks and sanctions fresh real news showed in stop 27, each in phrasings of
our own.

- a noun event that is the subject of a negated clause happened ("a rocket attack on X did not
  disrupt supplies"); only a verb of occurrence negates it ("did not take place");
- a cause phrase ("over", "amid", "given") is an event of its own: "agreed to freeze assets over
  X's decision to invade Y" neither plans nor negates the invasion;
- "X joins A, B and C in imposing sanctions on Y": A, B and C impose them too;
- "the attack on X, for which Y claimed responsibility": Y carried it out, also when the parser
  hung the relative clause on the main verb;
- "sanctioned 14 current and former officials of the X government" (the parser's object is the
  adjective); "officials within the X government"; an "including" list after the object that the
  parser hung on the subject names the object's members, not the subject's;
- "military action on/in/against X" is an attack; "hit" with aircraft or forces; "seized a base
  from X's soldiers" attacks X;
- "after an earthquake struck X": the verb the parser conjoined to the main clause is the
  noun's, not the main subject's;
- "X's militant Y group said its fighters ...": "its" is the group, not its possessor;
- "last summer": the year of the latest summer before the article.

Sentences are our own."""
from schemas.models import Modality
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- modality ------------------------------------------------------------------------------------
def test_attack_that_is_subject_of_a_negated_clause_happened(facts_of):
    facts = facts_of("A rocket attack by Hezbollah on a fuel depot in northern Israel did not disrupt "
                     "deliveries, the energy minister said.")
    assert one(facts, "Hezbollah", "ATTACKED", "Israel").modality == Modality.ASSERTED


def test_event_that_did_not_take_place_stays_negated(facts_of):
    facts = facts_of("A rocket attack by Hezbollah on a fuel depot in northern Israel did not take "
                     "place, the army said.")
    assert one(facts, "Hezbollah", "ATTACKED", "Israel").modality == Modality.NEGATED
    facts = facts_of("Macron's planned visit to Algeria never happened.")
    assert one(facts, "Emmanuel Macron", "VISITED", "Algeria").modality == Modality.NEGATED


def test_cause_phrase_is_neither_planned_nor_undone_by_its_clause(facts_of):
    facts = facts_of("The bloc has agreed to freeze assets linked to Ruritanian officials over Russia's "
                     "decision to invade Ukraine, diplomats said on Thursday.")
    assert one(facts, "Russia", "ATTACKED", "Ukraine").modality == Modality.ASSERTED
    facts = facts_of("Canada cancelled its envoy's trip to Moscow amid the shelling of Kharkiv by Russia.")
    assert one(facts, "Russia", "ATTACKED", "Kharkiv").modality == Modality.ASSERTED


# ---- agents ----------------------------------------------------------------------------------------
def test_those_joined_in_doing_it_do_it_too(facts_of):
    facts = facts_of("Chile joins Peru, Brazil and Argentina in imposing fresh sanctions on Venezuela.")
    for imposer in ("Chile", "Peru", "Brazil", "Argentina"):
        one(facts, "Venezuela", "SANCTIONED_BY", imposer)
    facts = facts_of("Norway joined the talks in Oslo.")
    assert not of_relation(facts, "MET_WITH")


def test_claiming_responsibility_in_a_relative_clause_names_the_attacker(facts_of):
    facts = facts_of("Chile condemned as “cowardly and unacceptable” the rocket attack on two depots in "
                     "Israel on Sunday, for which the Hezbollah militia claimed responsibility.")
    one(facts, "Hezbollah", "ATTACKED", "Israel")
    facts = facts_of("Peru condemned the missile attack on a port in Ukraine on Sunday, for which Russian "
                     "forces claimed responsibility.")
    one(facts, "Russia", "ATTACKED", "Ukraine")


def test_earthquake_that_struck_a_city_attacks_nobody(facts_of):
    facts = facts_of("Canada sent a rescue team to Turkey on Saturday at the request of Ankara after a "
                     "strong earthquake struck the eastern city of Van on Friday.")
    one(facts, "Canada", "AIDED", "Turkey")
    assert not of_relation(facts, "ATTACKED")


def test_possessor_of_the_speaking_group_is_not_its(facts_of):
    facts = facts_of("Somalia's Islamist al Shabaab movement claimed on Tuesday that its fighters had "
                     "seized an army outpost from Ethiopian soldiers.")
    one(facts, "al-Shabaab", "ATTACKED", "Ethiopia")
    assert not of_relation(facts, "ATTACKED", subject="Somalia")


# ---- targets ----------------------------------------------------------------------------------------
def test_officials_of_a_government_parsed_under_an_adjective(facts_of):
    facts = facts_of("The State Department on Friday sanctioned 14 current and former top officials of the "
                     "Cuban government.")
    one(facts, "Cuba", "SANCTIONED_BY", "United States")


def test_officials_within_a_government_including_its_leader(facts_of):
    facts = facts_of("Last summer, Washington imposed targeted sanctions on several officials within the "
                     "Nicaraguan government, including President Daniel Ortega himself.",
                     published="2022-01-14")
    assert one(facts, "Nicaragua", "SANCTIONED_BY", "United States").date == "2021"
    one(facts, "Daniel Ortega", "SANCTIONED_BY", "United States")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Daniel Ortega")


def test_military_action_is_an_attack(facts_of):
    one(facts_of("Given Russia's continued military action on Ukraine, more sanctions were likely, the "
                 "minister said."), "Russia", "ATTACKED", "Ukraine")
    facts = facts_of("Israel threatened military action against Iran.")
    assert one(facts, "Israel", "ATTACKED", "Iran").modality == Modality.PLANNED
    assert not of_relation(facts_of("Chile urged legal action against the company."), "ATTACKED")


def test_aircraft_hitting_forces_and_bases_seized_from_soldiers(facts_of):
    one(facts_of("For two weeks NATO jets had been hitting their allies, the Bosnian Serb forces."),
        "NATO", "ATTACKED", "Bosnian Serbs")
    one(facts_of("Russian troops captured the village from Ukrainian forces on Monday."),
        "Russia", "ATTACKED", "Ukraine")
    assert not of_relation(facts_of("Police seized weapons from Chilean smugglers."), "ATTACKED")
    assert not of_relation(facts_of("The storm hit Cuba on Monday."), "ATTACKED")


def test_phrase_hung_on_the_censured_object_names_its_doer(facts_of):
    facts = facts_of("On Monday the Arab League denounced the Houthi militias for firing explosive drones at "
                     "crowded districts of southern Saudi Arabia.")
    one(facts, "Arab League", "CONDEMNED", "Houthis")
    one(facts, "Houthis", "ATTACKED", "Saudi Arabia")
    assert not of_relation(facts_of("Chile praised the Kurdish militias for defeating ISIS."), "ATTACKED")


def test_sanctions_package_is_its_imposer(facts_of):
    one(facts_of("The latest EU sanctions package targeted the most senior officials in Belarus."),
        "Belarus", "SANCTIONED_BY", "European Union")


# ---- datelines ----------------------------------------------------------------------------------------
def test_bare_city_before_a_spaced_dash_is_a_dateline(facts_of):
    from ingest.cleaning import clean_article

    cleaned = clean_article("Lima – The Chilean foreign minister arrived on Tuesday for talks with her "
                            "Peruvian counterpart.")
    assert cleaned.dateline == "Lima" and cleaned.text.startswith("The Chilean foreign minister")
    assert clean_article("Kyiv – the capital – was shelled again overnight.").dateline is None
    assert clean_article("Russia – The Kremlin said it would respond.").dateline is None
    facts = facts_of("Lima – The Chilean foreign minister Alberto van Klaveren arrived on Tuesday for talks "
                     "in Cusco.")
    assert not [f for f in facts if f.relation == "VISITED" and f.object == "Lima"]


def test_killed_in_a_series_of_strikes_were_their_target(facts_of):
    one(facts_of("Nine Taliban commanders were killed in a string of air strikes by US forces."),
        "United States", "ATTACKED", "Taliban")
    one(facts_of("On Sunday nine Taliban commanders were killed in a wave of US drone strikes."),
        "United States", "ATTACKED", "Taliban")
