"""Censure read from fresh news (stop 20, CONDEMNED): constructions the extractor missed on real
news nobody here had read, each in phrasings of our own:

- a chargé d'affaires or (by a state) a high commissioner summoned, or an envoy "called in",
  protests to the envoy's state;
- "derided X"; "expressed anger (outrage, displeasure) at X" (rejecting X's claims is left
  unread: the gold conventions do not count it);
- "X and Y traded (exchanged) blame / accusations": one fact each way;
- "blamed X's policies for the violence": the owner of the blamed act, when a "for" phrase names
  the harm ("blamed the X-ian raid on Y" still blames Y alone);
- a protest or demarche "over X's exercises", "handed the X-ian envoy a demarche";
- "Ruritania's Foreign Ministry": an organ a state's possessive names acts for that state;
- an event named for its holder ("condemned Chinese military exercises") is the holder's act;
- "X expelled Y, accusing him of ...": an object pronoun is not the clause's subject;
- "X said Y's launch was a violation of ...": a censure noun after the copula of a reported
  clause, and "violation" among the censure nouns;
- "LIMA (Reuters) -The ...": a dateline whose hyphen touches the sentence is cut (the agency is
  no actor);
- "took aim at X and other US allies": a state's allies are not that state;
- "Both accuse each other of ...": the two states named last;
- "the act committed by X", "the launch of a missile conducted by X": the doer of a participle
  of doing hung on the act or on its of-object;
- "X accused Y of Z, a charge Y denies": a denial after a comma does not unsay the accusation
  the parser hung under it;
- "US security personnel" act for their state;
- "the South Korean NSC", "the Russian Security Council": a state's security council is one of
  its organs (a demonym right before an organ's name counts, as a possessive does).

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from schemas.models import Modality
from tests.facts import find, one


def _relation(facts, relation):
    return [(f.subject, f.object) for f in facts if f.relation == relation]


# ---- envoys summoned ------------------------------------------------------------------------
@pytest.mark.parametrize("text,protester,target", [
    ("Kenya has summoned Uganda's charge d'affaires over the border shooting.", "Kenya", "Uganda"),
    ("Chile on Tuesday summoned Peru's chargé d'affaires to protest the remarks.", "Chile", "Peru"),
    ("Sri Lanka summoned the Indian High Commissioner on Monday over the fishing dispute.", "Sri Lanka", "India"),
    ("Poland's Foreign Ministry called in the Belarusian ambassador on Monday over the border incident.", "Poland", "Belarus"),
])
def test_a_summoned_envoy_is_a_protest_to_his_state(facts_of, text, protester, target):
    one(facts_of(text), protester, "CONDEMNED", target)


def test_calling_in_a_radio_interview_summons_no_one(facts_of):
    facts = facts_of("The minister called in a radio interview for the envoy's release.")
    assert not _relation(facts, "CONDEMNED")


# ---- verbs of censure -----------------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Vietnam derided China's claims at the regional forum.", "Vietnam", "China"),
    ("Turkey expressed anger at Sweden this week for allowing the rally.", "Turkey", "Sweden"),
    ("Egypt expressed strong displeasure with Ethiopia over the filling of the dam.", "Egypt", "Ethiopia"),
])
def test_verbs_of_censure(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


@pytest.mark.parametrize("text", [
    "Rwanda rejected the accusations on Monday.",
    "Kenya rejected the proposal by Uganda.",
    "Serbia rejected Croatia's allegations of interference on Monday.",
    "Norway expressed concern over the fighting in Sudan.",
])
def test_rejections_and_concern_censure_no_one(facts_of, text):
    assert not _relation(facts_of(text), "CONDEMNED")


@pytest.mark.parametrize("text,a,b", [
    ("Sudan and South Sudan have traded blame for the oil field attacks.", "Sudan", "South Sudan"),
    ("Peru and Ecuador exchanged accusations over the shooting on Tuesday.", "Peru", "Ecuador"),
])
def test_traded_blame_is_censure_both_ways(facts_of, text, a, b):
    facts = facts_of(text)
    one(facts, a, "CONDEMNED", b)
    one(facts, b, "CONDEMNED", a)


def test_trading_goods_censures_no_one(facts_of):
    assert not _relation(facts_of("Chile and Peru traded copper and fish worth $2 billion last year."), "CONDEMNED")


# ---- blame for an outcome -------------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Egypt blamed Israeli policies for the violence.", "Egypt", "Israel"),
    ("Iran blamed America's naval build-up in the Gulf for the crisis.", "Iran", "United States"),
])
def test_blaming_an_owned_act_for_a_harm_blames_the_owner(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


def test_blaming_an_attack_on_someone_blames_that_someone_only(facts_of):
    facts = facts_of("Qatar blamed the Israeli raid on Hezbollah.")
    assert find(facts, "Qatar", "CONDEMNED", "Hezbollah")
    assert not find(facts, "Qatar", "CONDEMNED", "Israel")


# ---- protests and demarches -------------------------------------------------------------------
@pytest.mark.parametrize("text,protester,target", [
    ("Vietnam has lodged a protest over Chinese naval exercises near the Paracels.", "Vietnam", "China"),
    ("Malta gave the Libyan envoy a demarche over the fishing raids.", "Malta", "Libya"),
    ("Cyprus delivered a strong demarche to Turkey over the violations.", "Cyprus", "Turkey"),
])
def test_protests_and_demarches_over_an_owned_act(facts_of, text, protester, target):
    one(facts_of(text), protester, "CONDEMNED", target)


def test_a_crowd_protesting_over_strikes_is_no_state_censure(facts_of):
    assert not _relation(facts_of("Thousands of students staged a protest over Israeli strikes in Gaza."), "CONDEMNED")


# ---- a state's organ named by its possessive ---------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Norway's Foreign Ministry condemned Russia on Monday.", "Norway", "Russia"),
    ("Chile's Foreign Ministry summoned the Bolivian ambassador on Friday.", "Chile", "Bolivia"),
])
def test_a_possessed_organ_acts_for_its_state(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


# ---- an event named for its holder --------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Japan condemned Chinese military exercises near the islands.", "Japan", "China"),
    ("Vietnam condemned China's naval drills in the disputed waters.", "Vietnam", "China"),
])
def test_an_event_named_for_its_holder_is_the_holders_act(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


# ---- an object pronoun is not its clause's subject -----------------------------------------------
def test_an_object_pronoun_after_two_persons_is_the_object(facts_of):
    facts = facts_of("President Ivo Maralde expelled envoy Tomas Brenlow on Monday, accusing him of plotting unrest.")
    one(facts, "Ivo Maralde", "CONDEMNED", "Tomas Brenlow")


# ---- a censure noun after the copula of a reported clause ----------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Spokeswoman Dana Wirral said that Iran's drone launch was a clear violation of the arms embargo.",
     "Dana Wirral", "Iran"),
    ("Ukraine said Russia's actions were a provocation.", "Ukraine", "Russia"),
    ("Egypt said Ethiopia's dam was a violation of its water rights.", "Egypt", "Ethiopia"),
])
def test_a_reported_censure_noun_after_a_copula(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


@pytest.mark.parametrize("text", [
    "Monitors said there was a violation of the truce near the town.",
    "Kenya said the decision was a violation of the treaty.",
    "Germany said the match was a farce.",
])
def test_a_violation_with_no_owner_censures_no_one(facts_of, text):
    assert not _relation(facts_of(text), "CONDEMNED")


# ---- a wire dateline whose hyphen touches the sentence ------------------------------------------
def test_an_agency_dateline_with_the_hyphen_against_the_sentence_is_cut():
    from ingest.cleaning import clean_article_text

    text = clean_article_text("LIMA (Reuters) -The Peruvian government condemned Chile on Monday for the raid.")
    assert text.startswith("The Peruvian government")


# ---- X's allies are not X ------------------------------------------------------------------------
def test_the_allies_of_a_state_are_not_that_state(facts_of):
    facts = facts_of("Iran's foreign minister Dara Veshki took aim at Bahrain and other US allies over the naval patrols.")
    assert find(facts, "Dara Veshki", "CONDEMNED", "Bahrain")
    assert not find(facts, "Dara Veshki", "CONDEMNED", "United States")


# ---- "Both accuse each other" -----------------------------------------------------------------------
def test_both_accusing_each_other_are_the_two_states_named_last(facts_of):
    facts = facts_of("Peru fought a short war with Ecuador in 1995. Both accuse each other of arming smugglers.")
    one(facts, "Peru", "CONDEMNED", "Ecuador")
    one(facts, "Ecuador", "CONDEMNED", "Peru")


def test_both_saying_something_censure_no_one(facts_of):
    assert not _relation(facts_of("Peru and Ecuador met in Lima. Both said they would talk again."), "CONDEMNED")


# ---- the launch of a missile conducted by X ---------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Canada condemned the firing of a cruise missile conducted by Iran on Monday.", "Canada", "Iran"),
    ("Japan condemned the test of a rocket carried out by North Korea on Monday.", "Japan", "North Korea"),
])
def test_the_doer_of_an_act_hung_on_its_of_object(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


def test_prisoners_held_by_a_state_do_not_make_their_release_its_act(facts_of):
    assert not _relation(facts_of("Kenya condemned the release of prisoners held by Somalia."), "CONDEMNED")


# ---- "X accused Y of Z, a charge Y denies" ----------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Ghana has accused Togo of arming smugglers, a charge Togo denies.", "Ghana", "Togo"),
    ("Serbia has accused Kosovo of provoking the clashes, a claim Pristina persistently rejects.", "Serbia", "Kosovo"),
])
def test_a_denial_tacked_on_after_a_comma_does_not_unsay_the_accusation(facts_of, text, critic, target):
    fact = one(facts_of(text), critic, "CONDEMNED", target)
    assert fact.modality == Modality.ASSERTED


def test_a_denial_that_governs_its_clause_still_negates(facts_of):
    facts = facts_of("Togo denied that it had attacked Ghana.")
    assert all(f.modality == Modality.NEGATED for f in find(facts, "Togo", "ATTACKED", "Ghana"))


# ---- personnel act for their state ------------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Egypt protested against the conduct of Israeli security personnel at the crossing.", "Egypt", "Israel"),
    ("Iran condemned the actions of British naval personnel in the Gulf.", "Iran", "United Kingdom"),
])
def test_personnel_act_for_their_state(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


# ---- a state's security council --------------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("The Japanese NSC condemned China's drills near Taiwan on Friday.", "Japan", "China"),
    ("The Russian Security Council condemned Ukraine's strikes on Belgorod.", "Russia", "Ukraine"),
])
def test_a_states_security_council_acts_for_the_state(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


def test_the_un_security_council_stays_itself(facts_of):
    facts = facts_of("The UN Security Council condemned Iraq's invasion of Kuwait.")
    one(facts, "United Nations Security Council", "CONDEMNED", "Iraq")


# ---- the act committed by X -------------------------------------------------------------------------
@pytest.mark.parametrize("text,critic,target", [
    ("Spokesman Omid Rashtan on Sunday called the shooting committed by Bahrain's government "
     "a grave violation of international law.",
     "Omid Rashtan", "Bahrain"),
    ("Kenya condemned the massacre carried out by Al-Shabaab fighters.", "Kenya", "Al-Shabaab"),
])
def test_the_doer_of_a_participle_of_doing_owns_the_act(facts_of, text, critic, target):
    one(facts_of(text), critic, "CONDEMNED", target)


def test_an_act_by_unnamed_gunmen_censures_no_one(facts_of):
    assert not _relation(facts_of("Kenya condemned the act committed by unknown gunmen."), "CONDEMNED")


@pytest.mark.parametrize("text", [
    "Envoy Tomas Brenlow arrived at the palace, where President Ivo Maralde criticised him sharply.",
    "Ivo Maralde met Tomas Brenlow on Monday and criticised him for the delays.",
])
def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(facts_of, text):
    one(facts_of(text), "Ivo Maralde", "CONDEMNED", "Tomas Brenlow")


# ---- British spellings of regional bodies -------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    ("Russia criticised the Organisation for Security and Cooperation in Europe on Monday.",
     "Organization for Security and Co-operation in Europe"),
    ("Venezuela criticised the Organisation of American States on Monday.", "Organization of American States"),
])
def test_british_spellings_of_regional_bodies(facts_of, text, target):
    one(facts_of(text), text.split()[0], "CONDEMNED", target)
