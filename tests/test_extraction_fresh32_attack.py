"""Attacks and sanctions fresh real news showed in stop 32, each in phrasings of our own.

- "imposed sanctions on X, targeting Y and Z": a participle of targeting that says whom the head
  verb's penalty reached is no strike, whatever war words the sentence holds elsewhere;
- "pounded X-linked Y bases": the name joined to a participle of affiliation ("-linked") is what
  the noun's own named group is linked to, not the owner of the bases struck (alone, "X-linked
  camps", it still is);
- "sent aid to Kyiv in light of the war in Ukraine", "in the face of the war": a noun of
  circumstance before the war's "of" phrase keeps the war from being the sender's own act;
- "helped X in its defence against Y's strikes", "X defends itself against Y's shelling": the one
  defending against an attack noun with no target of its own was its target;
- "Y tanks and jets had the night before shelled X posts": a phrase between the
  auxiliary and the verb may make the small parser hang the subject on the auxiliary; it is
  still the verb's subject;
- "the coalition targeting X rebels": rebels, insurgents, separatists and guerrillas targeted are
  a war's target, as militants and fighters were;
- "the Z Coast Guard fired at X vessels": a state's name the model took whole with words of a
  state's organ after it ("Coast Guard") is that state acting, no person called "Coast Guard";
- "names X, the former commander, who was already under Y sanctions": a relative clause on a
  description restating a named person is the person's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, pairs


# ---- a sanctions participle is no strike --------------------------------------------------------
def test_sanctions_targeting_a_body_is_no_attack(facts_of):
    facts = facts_of("Canada imposed new sanctions on the Myanmar junta on Monday, targeting the State "
                     "Administrative Council after a military crackdown.", published=dt.date(2024, 3, 8))
    assert not pairs(facts, "ATTACKED"), facts
    one(facts, "State Administrative Council", "SANCTIONED_BY", "Canada")


def test_sanctions_targeting_a_force_is_no_attack(facts_of):
    facts = facts_of("Britain on Thursday imposed sanctions on Iran, targeting the Revolutionary Guards and "
                     "four commanders over the drone strikes.", published=dt.date(2024, 3, 8))
    assert not pairs(facts, "ATTACKED"), facts
    one(facts, "Iran", "SANCTIONED_BY", "United Kingdom")


def test_a_strike_participle_still_reads(facts_of):
    facts = facts_of("Russian missiles hit Kharkiv on Tuesday, targeting the city's power plants.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Kharkiv")


# ---- "X-linked Y bases" -------------------------------------------------------------------------
def test_linked_name_is_not_the_target(facts_of):
    facts = facts_of("Somali army aircraft pounded al-Qaeda-linked al-Shabaab bases near Kismayo on Sunday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Somalia", "ATTACKED", "al-Shabaab")
    assert ("Somalia", "al-Qaeda") not in pairs(facts, "ATTACKED"), facts


def test_linked_name_alone_still_owns(facts_of):
    facts = facts_of("Iraqi jets struck al-Qaeda-linked camps in the desert on Sunday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Iraq", "ATTACKED", "al-Qaeda")


# ---- a war named as the circumstance ------------------------------------------------------------
def test_aid_in_light_of_a_war_is_no_attack_by_the_giver(facts_of):
    facts = facts_of("Japan has sent $20 million in humanitarian aid to Kyiv in light of the war in Ukraine.",
                     published=dt.date(2024, 3, 8))
    assert ("Japan", "Ukraine") not in pairs(facts, "ATTACKED"), facts
    one(facts, "Japan", "AIDED", "Ukraine")


def test_aid_in_the_face_of_a_war_is_no_attack_by_the_giver(facts_of):
    facts = facts_of("Poland has shipped 40 tanks to Kyiv in the face of the war in Ukraine.",
                     published=dt.date(2024, 3, 8))
    assert ("Poland", "Ukraine") not in pairs(facts, "ATTACKED"), facts


# ---- the one defending was attacked -------------------------------------------------------------
def test_defence_against_strikes_names_the_target(facts_of):
    facts = facts_of("Germany pledged new air defence systems to help Ukraine in its defence against "
                     "Russia's strikes.", published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Ukraine")


def test_possessed_defence_against_an_invasion(facts_of):
    facts = facts_of("The grant supports Ukraine's defence against the Russian invasion.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Ukraine")


def test_defends_itself_against_bombardment(facts_of):
    facts = facts_of("Georgia defends itself against Russian bombardment.", published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Georgia")


# ---- a subject hung on the auxiliary ------------------------------------------------------------
def test_subject_on_the_auxiliary_split_by_a_time_phrase(facts_of):
    facts = facts_of("Sudanese tanks and warplanes had on the previous night pounded Chadian positions close "
                     "to the frontier, a spokesman said.", published=dt.date(2024, 3, 8))
    one(facts, "Sudan", "ATTACKED", "Chad")


def test_subject_on_the_auxiliary_in_a_reported_clause(facts_of):
    facts = facts_of("The ministry said on Tuesday that Turkish artillery and drones had on the previous day "
                     "shelled Syrian army posts.", published=dt.date(2024, 3, 8))
    one(facts, "Turkey", "ATTACKED", "Syria")


# ---- targeting an armed group -------------------------------------------------------------------
def test_coalition_targeting_rebels(facts_of):
    facts = facts_of("The Saudi-led coalition, which has been targeting Houthi rebels across Yemen, said on "
                     "Monday its jets had destroyed a depot.", published=dt.date(2024, 3, 8))
    one(facts, "Saudi Arabia", "ATTACKED", "Houthis")


def test_a_campaign_targeting_voters_is_no_attack(facts_of):
    facts = facts_of("The Ruritanian campaign targeting rebel voters in the north failed.",
                     published=dt.date(2024, 3, 8))
    assert not pairs(facts, "ATTACKED"), facts


# ---- a state's coast guard ----------------------------------------------------------------------
def test_state_coast_guard_acts_for_its_state(facts_of):
    facts = facts_of("Manila lodged a protest on Tuesday after the China Coast Guard rammed and fired water "
                     "cannons at two Philippine boats near the shoal.", published=dt.date(2024, 3, 8))
    one(facts, "China", "ATTACKED", "Philippines")
    assert not [f for f in facts if f.subject == "Coast Guard" or f.object == "Coast Guard"], facts


# ---- a clause on a description that restates a name --------------------------------------------
def test_who_on_the_description_of_a_named_person(facts_of):
    facts = facts_of("The new list names Colonel Ivan Petrov, the former border commander, who was already "
                     "under EU sanctions over the crackdown.", published=dt.date(2024, 3, 8))
    one(facts, "Ivan Petrov", "SANCTIONED_BY", "European Union")
