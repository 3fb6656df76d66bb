"""Alliance and meeting-place constructions fresh real news showed in stop 29 (second round), in phrasings of our own.

- "the bloc groups / comprises / consists of / includes A, B and C": a verb of membership whose
  subject is a military alliance or security pact (organizations.json kind) makes each state it
  names, straight or in an "of" phrase under a counted noun, a member (ALLIED_WITH); the same
  verbs with any other subject (a summit, a union) make no alliance;
- "X met Y at a hotel in A", "in a UN compound in B": an unnamed site a meeting was held in or
  at is placed by its own in/at phrase, so a participant from elsewhere visited that place;
- "Speaking in X, Y said": a person speaking in a city not his own visited it (not a language).

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY


def allies(facts):
    return {(f.subject, f.object) for f in facts if f.relation == "ALLIED_WITH"}


CSTO = "Collective Security Treaty Organization"


# ---- a verb of membership with a military alliance as subject ----------------------------------
def test_an_alliance_grouping_former_republics_of_named_states(facts_of):
    facts = facts_of("Set up after the Soviet collapse, the CSTO groups four former republics of "
                     "Belarus, Armenia, Tajikistan and Russia.", published=WIRE_DAY)
    assert {("Belarus", CSTO), ("Armenia", CSTO), ("Tajikistan", CSTO),
            ("Russia", CSTO)} <= allies(facts)


def test_an_alliance_comprising_named_states(facts_of):
    facts = facts_of("Today the Collective Security Treaty Organization comprises Kyrgyzstan, "
                     "Kazakhstan and Belarus, a spokesman noted on Friday.", published=WIRE_DAY)
    assert {("Kyrgyzstan", CSTO), ("Kazakhstan", CSTO), ("Belarus", CSTO)} <= allies(facts)


def test_an_alliance_consisting_of_members_including_named_states(facts_of):
    facts = facts_of("NATO consists of 32 members, among them Portugal and Iceland.",
                     published=WIRE_DAY)
    facts2 = facts_of("NATO now includes Finland and Sweden, the alliance said.",
                      published=WIRE_DAY)
    assert ("Finland", "NATO") in allies(facts2) and ("Sweden", "NATO") in allies(facts2)
    assert all(o == "NATO" for _, o in allies(facts))


def test_a_summit_or_a_union_including_states_is_no_alliance(facts_of):
    facts = facts_of("The summit in Vienna included Austria, Hungary and Slovakia.",
                     published=WIRE_DAY)
    assert not allies(facts)
    facts = facts_of("The African Union comprises 55 states, among them Ghana and Kenya.",
                     published=WIRE_DAY)
    assert not allies(facts)


# ---- a meeting at an unnamed site placed by its own phrase -------------------------------------
def visits(facts):
    return {(f.subject, f.object) for f in facts if f.relation == "VISITED"}


def test_a_meeting_at_a_hotel_in_a_city(facts_of):
    facts = facts_of("French Foreign Minister Laurent Fabius met Iranian Foreign Minister "
                     "Mohammad Javad Zarif at a lakeside hotel in Geneva on Sunday.", published=WIRE_DAY)
    assert {("Laurent Fabius", "Geneva"), ("Mohammad Javad Zarif", "Geneva")} <= visits(facts)


def test_a_meeting_in_a_compound_in_a_city(facts_of):
    facts = facts_of("British envoy Robert Fairweather met Abdel Aziz al-Hilu in a United Nations "
                     "compound in El Fasher on Sunday.", published=WIRE_DAY)
    assert ("Robert Fairweather", "El Fasher") in visits(facts)


def test_a_host_meeting_at_a_site_in_his_own_capital_makes_no_visit(facts_of):
    facts = facts_of("Kenyan President William Ruto met Ugandan President Yoweri Museveni at a "
                     "hotel in Nairobi on Monday.", published=WIRE_DAY)
    assert ("Yoweri Museveni", "Nairobi") in visits(facts)
    assert ("William Ruto", "Nairobi") not in visits(facts)


# ---- a speaker in a foreign city ---------------------------------------------------------------
def test_speaking_in_a_foreign_city(facts_of):
    facts = facts_of("Speaking in Nairobi on Tuesday, Japanese Foreign Minister Yoko Kamikawa said "
                     "her country would double its trade.", published=WIRE_DAY)
    assert ("Yoko Kamikawa", "Nairobi") in visits(facts)


def test_speaking_at_home_or_in_a_language_is_no_visit(facts_of):
    facts = facts_of("Speaking in Tokyo on Tuesday, Japanese Foreign Minister Yoko Kamikawa said "
                     "her country would double its trade.", published=WIRE_DAY)
    assert not visits(facts)
    facts = facts_of("Japanese Foreign Minister Yoko Kamikawa spoke in French with reporters.",
                     published=WIRE_DAY)
    assert not visits(facts)
