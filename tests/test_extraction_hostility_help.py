"""Hostility and help read from fresh news (issue 10: CONDEMNED, SANCTIONED_BY, AIDED, ATTACKED;
docs/ERRORS.md 'Fresh news, hostility and help'). Constructions the extractor missed on real
news nobody here had read, each in several phrasings of our own:

- a document speaks for its author: "a report by UN experts accused X"; "condemned the
  statement by Name" / "Name's statement" censures Name (a statement is also an actor noun, so
  its owner was never asked);
- a state's coast guard (or guards) acts for it, like its navy;
- "announced $N in aid for X to help it ...": the parser reads "for X to help" as a clause;
  X is the aid's recipient all the same; "announced a package for X valued at $N": the parser
  makes the package the participle's subject, the support verb still carries it;
- counted nationals with a list ("sanctions on four Ruritanians, including Name") are the
  named persons, not their state;
- strikes "in A and B": every coordinated place;
- sums that stand for what they are counted in ("earmarked 300 million in loans to X") and
  support verbs of sums (earmark, allocate, disburse, commit, bring);
- aircraft carrying relief that land in a state, and goods brought to it, are aid to it;
- a parenthesised news agency after a dateline in normal case is no actor.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from ingest.cleaning import clean_article_text
from tests.facts import find, one


def _relation(facts, relation):
    return [(f.subject, f.object) for f in facts if f.relation == relation]


# ---- a document speaks for its author --------------------------------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    ("A new report by UN monitors on Monday accused Eritrea of smuggling rifles to militias.", "United Nations", "Eritrea"),
    ("A report by UN investigators last week accused Sudan of blocking aid convoys.", "United Nations", "Sudan"),
])
def test_a_report_accuses_for_its_author(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


def test_a_states_experts_report_names_no_accuser(facts_of):
    """Experts are an organisation's voice, never a state's (mentions.json organisation_only_actor_nouns)."""
    facts = facts_of("A report by Kenyan experts accused Eritrea on Monday of arming militias.")
    assert not find(facts, "Kenya", "CONDEMNED", "Eritrea")


@pytest.mark.parametrize("text", [
    "Peru on Monday denounced a statement by Tomas Vantek on the border dispute.",
    "Peru condemned the recent statement by Tomas Vantek on Monday.",
    "Peru on Tuesday condemned Tomas Vantek's statement on the border.",
])
def test_condemning_a_statement_condemns_its_author(facts_of, text):
    one(facts_of(text), "Peru", "CONDEMNED", "Tomas Vantek")


def test_welcoming_a_statement_condemns_no_one(facts_of):
    facts = facts_of("Peru on Monday welcomed a statement by Tomas Vantek on the border dispute.")
    assert not _relation(facts, "CONDEMNED")


# ---- state organs ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    ("Vietnam accused China's coast guard on Monday of ramming a fishing boat.", "Vietnam", "China"),
    ("Malaysia on Tuesday accused the Chinese coast guard of harassing its vessels.", "Malaysia", "China"),
])
def test_a_coast_guard_acts_for_its_state(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Human Rights Watch accused Ethiopia on Monday of detaining journalists.", "Human Rights Watch", "Ethiopia"),
    ("Human Rights Watch on Tuesday condemned Belarus for the arrests.", "Human Rights Watch", "Belarus"),
])
def test_a_rights_group_accuses(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


# ---- aid announced -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    ("Japan on Monday announced $50 million in emergency aid for Nepal to help it rebuild schools.", "Japan", "Nepal"),
    ("Canada gave $20 million in fresh assistance for Haiti to help it train police officers.", "Canada", "Haiti"),
])
def test_aid_for_a_state_to_help_it(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Germany on Monday announced a fresh weapons package for Moldova valued at 90 million euros.", "Germany", "Moldova"),
    ("France announced a loan package for Senegal valued at $500 million.", "France", "Senegal"),
])
def test_a_package_valued_at_a_sum(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Spain earmarked some 300 million in loans to Morocco last year.", "Spain", "Morocco"),
    ("India allocated $1 billion in loans to Sri Lanka on Monday.", "India", "Sri Lanka"),
])
def test_a_sum_earmarked_in_loans(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


# ---- relief flown in ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    ("Three Chinese military planes brought tents and medicine to Nepal on Tuesday.", "China", "Nepal"),
    ("Two Turkish cargo planes brought food and blankets to Syria on Monday.", "Turkey", "Syria"),
])
def test_relief_brought_to_a_state(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


def test_passengers_brought_are_no_aid(facts_of):
    facts = facts_of("A Greek ferry brought hundreds of tourists to Turkey on Monday.")
    assert not _relation(facts, "AIDED")


@pytest.mark.parametrize("text,subject,obj", [
    ("A Turkish air force plane carrying relief supplies landed in Libya on Sunday.", "Turkey", "Libya"),
    ("An Indian plane carrying humanitarian aid landed in Myanmar on Monday.", "India", "Myanmar"),
])
def test_a_relief_flight_landing_delivers_aid(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


def test_a_plane_carrying_a_minister_is_no_aid(facts_of):
    facts = facts_of("A Turkish plane carrying the foreign minister landed in Libya on Sunday.")
    assert not _relation(facts, "AIDED")


# ---- sanctions on counted nationals --------------------------------------------------------------
@pytest.mark.parametrize("text,target,imposer", [
    ("Switzerland on Tuesday slapped sanctions on five Venezuelans, including Tomas Vantek.",
     "Tomas Vantek", "Switzerland"),
    ("Britain on Monday imposed sanctions on three Russians — including Oleg Marnik — over the poisoning.",
     "Oleg Marnik", "United Kingdom"),
])
def test_counted_nationals_are_the_named_persons(facts_of, text, target, imposer):
    facts = facts_of(text)
    one(facts, target, "SANCTIONED_BY", imposer)
    states = {"Tomas Vantek": "Venezuela", "Oleg Marnik": "Russia"}
    assert not find(facts, states[target], "SANCTIONED_BY", imposer)


# ---- strikes in several places --------------------------------------------------------------------
@pytest.mark.parametrize("text,attacker,places", [
    ("Turkey carried out air strikes in Syria and Iraq on Monday.", "Turkey", ["Syria", "Iraq"]),
    ("Pakistan launched air strikes on Tuesday in Afghanistan and Iran.", "Pakistan", ["Afghanistan", "Iran"]),
])
def test_strikes_in_coordinated_places(facts_of, text, attacker, places):
    facts = facts_of(text)
    for place in places:
        one(facts, attacker, "ATTACKED", place)


# ---- a dateline's agency ---------------------------------------------------------------------------
@pytest.mark.parametrize("dateline", ["Havana, March 7 (Prensa Latina) ", "Managua, June 2 (Prensa Latina) - "])
def test_a_named_agency_in_a_dateline_is_no_actor(facts_of, dateline):
    """A place in normal case, a date, then a known agency (datelines.json known_agencies): cut
    off, so the agency is not read as the subject of the sentence's censure."""
    sentence = "The Cuban government condemned Tomas Vantek's statement on Tuesday."
    text = clean_article_text(dateline + sentence)
    assert text == sentence
    facts = facts_of(text)
    one(facts, "Cuba", "CONDEMNED", "Tomas Vantek")
    assert not [f for f in facts if "Prensa" in f.subject]


# ---- the junta, troops sent to help, sanctions as part of a package -------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    # the accuser is the subject of the first conjunct: the junta is the other state named before
    ("Norway froze the assets of six Guinean colonels on Monday and accused the junta of torture.",
     "Norway", "Guinea"),
    ("Australia froze the assets of three Malian officers and criticised the junta on Tuesday.",
     "Australia", "Mali"),
])
def test_the_junta_is_the_state_named_before(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


def test_the_junta_with_two_candidates_stays_unread(facts_of):
    facts = facts_of("France and Niger met on Monday; Canada then accused the junta of abuses.")
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object in ("France", "Niger")]


@pytest.mark.parametrize("text,subject,obj", [
    ("Kenya deployed 400 soldiers to Haiti on Monday to help restore order.", "Kenya", "Haiti"),
    ("Rwanda deployed troops to Mozambique after its government asked for help against insurgents.",
     "Rwanda", "Mozambique"),
])
def test_troops_deployed_to_help_a_state_aid_it(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text", [
    "Russia deployed troops to Belarus on Monday for joint drills.",
    "Russia deployed troops to Ukraine on Monday to support the separatists.",
])
def test_troops_deployed_without_a_mission_of_help_are_no_aid(facts_of, text):
    assert not _relation(facts_of(text), "AIDED")


@pytest.mark.parametrize("text,target,imposer", [
    ("Japan froze the assets of two banks on Monday as part of new sanctions on North Korea.",
     "North Korea", "Japan"),
    ("The EU approved an asset freeze on Tuesday as part of a wider package of sanctions against Iran.",
     "Iran", "European Union"),
])
def test_sanctions_a_measure_is_part_of(facts_of, text, target, imposer):
    one(facts_of(text), target, "SANCTIONED_BY", imposer)


def test_a_reason_under_a_package_is_not_its_verb_s_act(facts_of):
    """"sanctions against X for the invasion of Y": the invasion is X's, not the imposer's."""
    facts = facts_of("Britain added an asset freeze on Tuesday as part of new sanctions on Russia "
                     "over the invasion of Georgia.")
    assert not find(facts, "United Kingdom", "ATTACKED", "Georgia")


# ---- a non-state group's demonym names no state ----------------------------------------------------
@pytest.mark.parametrize("text,state", [
    ("A senior Malian rebel spokesman accused Algeria on Monday of arming the army.", "Mali"),
    ("Syrian opposition leaders condemned Russia on Tuesday for the bombing.", "Syria"),
    ("Exiled Belarusian dissidents denounced Russia on Monday.", "Belarus"),
])
def test_rebels_and_opponents_do_not_speak_for_their_state(facts_of, text, state):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.subject == state]


def test_a_named_groups_fighters_still_act_for_it(facts_of):
    one(facts_of("Hezbollah guerrillas attacked Israeli soldiers near the border on Monday."),
        "Hezbollah", "ATTACKED", "Israel")


def test_a_states_officials_still_speak_for_it(facts_of):
    one(facts_of("Syrian officials condemned Turkey on Tuesday for the raid."), "Syria", "CONDEMNED", "Turkey")


def test_a_faction_named_by_its_demonym_is_not_the_state_attacked(facts_of):
    facts = facts_of("Israeli jets struck a Palestinian faction in eastern Lebanon on Monday.")
    assert not find(facts, "Israel", "ATTACKED", "Palestine")


# ---- a protest answers the act that prompted it -----------------------------------------------
@pytest.mark.parametrize("text,subject,obj", [
    ("Iran seized a Greek tanker on Monday, prompting Athens to lodge a formal protest.", "Greece", "Iran"),
    ("Pakistan test-fired a cruise missile on Tuesday, prompting India to condemn the test.", "India", "Pakistan"),
    ("Belarus closed its border on Monday, prompting Lithuania to protest.", "Lithuania", "Belarus"),
    # the participle hangs on a relative clause of the act's object
    ("Russia fired drones on Monday that crashed inside Poland, prompting Warsaw to lodge a protest.",
     "Poland", "Russia"),
])
def test_a_reaction_prompted_by_an_act_is_against_its_actor(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


def test_a_protest_prompted_by_weather_has_no_object(facts_of):
    facts = facts_of("Floods hit the capital of Kenya on Monday, prompting residents to protest.")
    assert not _relation(facts, "CONDEMNED")
