"""Attacks and censure read from fresh news (stop 19, issue 10: CONDEMNED and ATTACKED;
docs/ERRORS.md 'Stop 19: attacks and censure on fresh news'). Constructions the extractor
missed on real news nobody here had read, each in several phrasings of our own:

- "X-led" before an attack noun names the attacker ("the Ruritanian-led strikes on Y", "a
  Ruritanian-led coalition airstrike on Y");
- a place named after a kind noun inside the struck phrase ("a market in the port city Y");
- the target of shelling or fire hung on the verb that governs it ("resorted to intense
  shelling at Ruritanian positions"): "resort to" is a support verb;
- a negation above a gerund clause of time does not reach it ("did not inform X before
  launching strikes on Y": the strikes happened);
- troopers act for their state, like troops.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from schemas.models import Modality
from tests.facts import find, one


def _relation(facts, relation):
    return [(f.subject, f.object) for f in facts if f.relation == relation]


# ---- "X-led" names the attacker -----------------------------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("The US-led strikes on Syria killed ten soldiers on Monday.", "United States", "Syria"),
    ("A Saudi-led coalition raid on Aden killed six fighters on Tuesday.", "Saudi Arabia", "Aden"),
    ("The French-led raid on a camp in Mali left twenty fighters dead.", "France", "Mali"),
    ("A Russian-led offensive against Ukraine stalled in the spring.", "Russia", "Ukraine"),
])
def test_the_leader_of_a_led_attack_is_the_attacker(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


def test_a_led_coalition_that_delivers_aid_attacks_no_one(facts_of):
    facts = facts_of("A Saudi-led coalition convoy delivered food to Aden on Tuesday.")
    assert not _relation(facts, "ATTACKED")


# ---- a place named after a kind noun in the struck phrase ------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Eleven people died in a Saudi airstrike on a market in the port city Hodeidah on Friday.", "Saudi Arabia", "Hodeidah"),
    ("Four civilians died in an Israeli strike on a market in the city Rafah on Tuesday.", "Israel", "Rafah"),
])
def test_a_place_named_after_its_kind_noun_is_struck(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


# ---- "resort to" and a target on the governing verb -----------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Pakistan's army resorted to intense shelling at Indian positions near Poonch.", "Pakistan", "India"),
    ("India's army resorted to fierce shelling at Pakistani posts on Friday.", "India", "Pakistan"),
    ("Armenia's army resorted to sustained shelling at Azerbaijani positions on Friday.", "Armenia", "Azerbaijan"),
])
def test_resorting_to_shelling_attacks_the_positions_owner(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


def test_shelling_at_a_time_strikes_no_place(facts_of):
    facts = facts_of("Pakistan's army resorted to intense shelling at dawn on Friday.")
    assert not _relation(facts, "ATTACKED")


# ---- negation does not reach a clause of time --------------------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Syrian ministers said Turkey did not inform Damascus before launching strikes on depots in Syria.",
     "Turkey", "Syria"),
    ("Officials said Kenya did not warn Mogadishu before sending troops to raid a camp in Somalia.", "Kenya", "Somalia"),
])
def test_a_negation_above_a_clause_of_time_does_not_negate_it(facts_of, text, attacker, target):
    fact = one(facts_of(text), attacker, "ATTACKED", target)
    assert fact.modality == Modality.ASSERTED


def test_a_negated_attack_stays_negated(facts_of):
    facts = facts_of("Turkey did not bomb targets in northern Iraq on Monday, officials said.")
    assert all(f.modality == Modality.NEGATED for f in find(facts, "Turkey", "ATTACKED", "Iraq"))


# ---- troopers act for their state -------------------------------------------------------------
@pytest.mark.parametrize("text,accuser,accused", [
    ("Nepal accused Indian border troopers on Friday of seizing farmland.", "Nepal", "India"),
    ("Kenya on Monday accused Somali troopers of crossing the frontier.", "Kenya", "Somalia"),
])
def test_troopers_stand_for_their_state(facts_of, text, accuser, accused):
    one(facts_of(text), accuser, "CONDEMNED", accused)


# ---- a root the tagger called a noun, with a subject and an object, is a verb ------------------
@pytest.mark.parametrize("text,accuser,accused", [
    ("Nigerian officials and state television accuse Cameroon of harbouring gunmen.", "Nigeria", "Cameroon"),
    ("Malian officials and state radio accuse Algeria of arming separatists.", "Mali", "Algeria"),
])
def test_a_verb_tagged_as_a_noun_still_accuses(facts_of, text, accuser, accused):
    one(facts_of(text), accuser, "CONDEMNED", accused)


# ---- an attack inside a part a demonym owns ---------------------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Turkish drone strikes inside the Syrian territory killed nine people on Friday.", "Turkey", "Syria"),
    ("Israeli shelling in Lebanese border areas killed two farmers on Tuesday.", "Israel", "Lebanon"),
])
def test_an_attack_in_a_part_owned_by_a_demonym_strikes_its_state(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


# ---- "the country" and "its neighbour" after a participle or as a counterpart ---------------------
@pytest.mark.parametrize("text,accuser,accused", [
    ("Somalia raided a Kenyan camp on Friday, accusing the country of training militias.", "Somalia", "Kenya"),
    ("Sudan shelled a Chadian border post, accusing the country of harbouring insurgents.", "Sudan", "Chad"),
])
def test_the_country_accused_by_a_participle_is_not_its_subject(facts_of, text, accuser, accused):
    facts = facts_of(text)
    one(facts, accuser, "CONDEMNED", accused)
    assert not find(facts, accuser, "CONDEMNED", accuser)


@pytest.mark.parametrize("text,accuser,accused", [
    ("Ethiopian troops shelled Eritrean positions on Sunday, and Eritrea accused its neighbour of aggression.",
     "Eritrea", "Ethiopia"),
    ("Armenian forces fired on Azerbaijani posts on Tuesday; Azerbaijan accused its archfoe of provocation.",
     "Azerbaijan", "Armenia"),
    ("Guyana says Venezuelan soldiers crossed the river, and Guyana accused its neighbor of an incursion.",
     "Guyana", "Venezuela"),
])
def test_its_neighbour_is_the_other_state(facts_of, text, accuser, accused):
    one(facts_of(text), accuser, "CONDEMNED", accused)


def test_its_neighbour_with_no_other_state_is_unread(facts_of):
    facts = facts_of("Eritrea accused its neighbour of aggression on Monday.")
    assert not _relation(facts, "CONDEMNED")


# ---- "blamed the attack on X" --------------------------------------------------------------------
@pytest.mark.parametrize("text,accuser,accused", [
    ("Chile blamed the bombing on Peru on Monday.", "Chile", "Peru"),
    ("The explosion, which Kenya blamed on Somalia, killed ten people.", "Kenya", "Somalia"),
    ("India blamed the bombing on gunmen and the intelligence agencies of Pakistan.", "India", "Pakistan"),
])
def test_blaming_an_attack_on_a_state(facts_of, text, accuser, accused):
    one(facts_of(text), accuser, "CONDEMNED", accused)


def test_blaming_on_a_day_blames_no_one(facts_of):
    facts = facts_of("Chile blamed the weather on Monday for the delay.")
    assert not _relation(facts, "CONDEMNED")


# ---- an ambassador summoned to a state's ministry, with no agent ----------------------------------
@pytest.mark.parametrize("text,summoner,summoned", [
    ("The Peruvian ambassador to Santiago was summoned to the Chilean foreign ministry on Monday.", "Chile", "Peru"),
    ("Kenya's envoy was summoned to the Ugandan foreign ministry on Tuesday over the raid.", "Uganda", "Kenya"),
])
def test_an_ambassador_summoned_to_a_ministry(facts_of, text, summoner, summoned):
    one(facts_of(text), summoner, "CONDEMNED", summoned)


# ---- "a statement against X" ----------------------------------------------------------------------
@pytest.mark.parametrize("text,speaker,target", [
    ("Chile issued a strongly worded statement against Peru on Monday.", "Chile", "Peru"),
    ("Chile's foreign ministry released a statement against Peru's decision on Monday.", "Chile", "Peru"),
])
def test_a_statement_against_a_state_censures_it(facts_of, text, speaker, target):
    one(facts_of(text), speaker, "CONDEMNED", target)


def test_a_statement_against_a_war_censures_no_one(facts_of):
    facts = facts_of("A statement against the war was signed by Chilean artists on Monday.")
    assert not _relation(facts, "CONDEMNED")


# ---- the attacker's name on the weapon noun before the attack --------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Russian missile and drone attacks on Kyiv killed four people on Monday.", "Russia", "Kyiv"),
    ("Russian drone strikes on Odesa killed two people on Tuesday.", "Russia", "Odesa"),
    ("Israeli air strikes on Gaza killed ten people overnight.", "Israel", "Gaza Strip"),
])
def test_a_name_on_the_weapon_noun_is_the_attacker(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


def test_unowned_drone_attacks_name_no_attacker(facts_of):
    facts = facts_of("The new drone attacks on Kyiv killed two people on Monday.")
    assert not _relation(facts, "ATTACKED")


# ---- protests of diplomatic form ---------------------------------------------------------------
@pytest.mark.parametrize("text,protester,target", [
    ("China lodged solemn representations with Japan on Monday.", "China", "Japan"),
    ("China made stern representations to Japan over the visit on Tuesday.", "China", "Japan"),
    ("Chile recalled its ambassador from Peru in protest on Monday.", "Chile", "Peru"),
    ("Chile recalled its ambassador to Peru in protest at the shelling.", "Chile", "Peru"),
])
def test_a_diplomatic_protest_censures(facts_of, text, protester, target):
    one(facts_of(text), protester, "CONDEMNED", target)


@pytest.mark.parametrize("text", [
    "Chile recalled its ambassador from Peru for consultations on Monday.",
    "Chile made representations to Peru about fishing rights on Monday.",
])
def test_consultations_and_plain_representations_censure_no_one(facts_of, text):
    assert not _relation(facts_of(text), "CONDEMNED")


# ---- incursions and fire on boats and villages ------------------------------------------------------
@pytest.mark.parametrize("text,attacker,target", [
    ("Peruvian troops crossed into Chile on Monday in pursuit of rebels.", "Peru", "Chile"),
    ("Peruvian troops crossed the border into Chile on Monday.", "Peru", "Chile"),
    ("Peruvian gunboats opened fire on Chilean boats on Tuesday.", "Peru", "Chile"),
    ("Israeli warplanes struck Lebanese villages near the frontier on Monday.", "Israel", "Lebanon"),
])
def test_incursions_and_fire_on_a_states_boats_and_villages(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Chile on Monday.",
    "President Ana Vidal crossed into Chile on Monday for talks.",
])
def test_crossing_by_people_who_are_no_force_is_no_attack(facts_of, text):
    assert not _relation(facts_of(text), "ATTACKED")


# ---- what one urges another to do is a request, not a deed -------------------------------------
@pytest.mark.parametrize("text,asked,target", [
    ("Ecuador urged the Organization of American States to condemn Colombia for the raid.",
     "Organization of American States", "Colombia"),
    ("Chile on Monday urged the African Union to denounce Peru's incursion.", "African Union", "Peru"),
])
def test_an_urged_censure_is_not_asserted(facts_of, text, asked, target):
    assert all(f.modality != Modality.ASSERTED for f in find(facts_of(text), asked, "CONDEMNED", target))


def test_an_urging_state_that_condemns_itself_still_condemns(facts_of):
    one(facts_of("Ecuador condemned Colombia on Monday and urged the region to stay calm."), "Ecuador", "CONDEMNED", "Colombia")
