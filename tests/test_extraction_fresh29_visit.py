"""Visit and alliance constructions fresh real news showed in stop 29, each in phrasings of our own.

- "flew to neighbouring X": the small parser reads the describing participle as a clause whose
  object is the place; the place is the phrase's object;
- "on finishing a one-day X trip": the state or city before a trip noun no possessor owns is
  where the person carrying the trip went (not a trip to the traveller's own state, nor a trip with
  no person to take it);
- "signed a treaty on friendship and mutual assistance": a treaty states that it makes an alliance
  in its topic phrase too (not "a pact on border security");
- "the Franco-Ruritanian alliance of Acme and Bolt": a noun whose own phrase names its (unknown)
  members is no alliance between the states before it;
- "received at Malacañang / the Rashtrapati Bhavan": seats of government are places of their
  state (places.json); a guest received there visited the state, the host at home did not;
- "A and B were welcomed into NATO": welcomed into a military alliance, a state joined it;
- "the bloc, a Ruritania-led military alliance": the leading state is the alliance's member;
- "X met Y in A, N days after he held (holding) talks in B": the parser hangs the gerund's
  phrase on the measure noun; the clause's subject held those talks, abroad a visit, a day earlier;
- "the first planeload / a team of Kenyan police arrived in X": what a load or group counts is
  the subject; police arriving is a deployment, no visit (a team of ministers still visits);

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, find, one


def visits(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "VISITED"]


# ---- a describing participle before the place --------------------------------------------------
def test_a_visit_to_a_neighbouring_state(facts_of):
    facts = facts_of("Gambian President Adama Barrow paid a two-day working visit to neighbouring "
                     "Guinea-Bissau at the start of the month.", published=WIRE_DAY)
    one(facts, "Adama Barrow", "VISITED", "Guinea-Bissau")


def test_arrived_in_a_neighboring_state(facts_of):
    facts = facts_of("Jordanian Foreign Minister Ayman Safadi landed in neighboring Syria late on "
                     "Tuesday for talks on refugees.", published=WIRE_DAY)
    one(facts, "Ayman Safadi", "VISITED", "Syria")


# ---- the destination before a trip noun --------------------------------------------------------
def test_a_trip_named_by_its_destination(facts_of):
    facts = facts_of("Ugandan President Yoweri Museveni returned to Kampala on Sunday soon after "
                     "wrapping up a three-day Rwanda trip.", published=WIRE_DAY)
    one(facts, "Yoweri Museveni", "VISITED", "Rwanda")


def test_a_trip_to_the_travellers_own_state_is_no_visit(facts_of):
    facts = facts_of("Ugandan President Yoweri Museveni wrapped up a long Uganda trip on "
                     "Sunday.", published=WIRE_DAY)
    assert not find(facts, "Yoweri Museveni", "VISITED", "Uganda")


def test_a_trip_with_nobody_to_take_it(facts_of):
    facts = facts_of("The Rwanda trip had been planned by officials for several months, the "
                     "ministry said.", published=WIRE_DAY)
    assert not visits(facts)


# ---- a treaty's topic phrase -------------------------------------------------------------------
def test_a_treaty_on_mutual_assistance(facts_of):
    facts = facts_of("Belarus and Kazakhstan on Friday signed a treaty on friendship and mutual "
                     "assistance in the event of aggression.", published=WIRE_DAY)
    one(facts, "Belarus", "ALLIED_WITH", "Kazakhstan")


def test_a_pact_on_border_security_is_no_alliance(facts_of):
    facts = facts_of("Belarus and Kazakhstan on Friday signed a pact on border security and "
                     "customs checks.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


# ---- an alliance of companies ------------------------------------------------------------------
def test_an_alliance_named_by_its_companies_is_none_of_states(facts_of):
    facts = facts_of("The German-Korean battery alliance of Voltara and Hanbit will build two "
                     "plants next year, the firms said.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


def test_a_hyphenated_alliance_still_reads(facts_of):
    facts = facts_of("The Japan-Philippines alliance has grown stronger this year, officials said.",
                     published=WIRE_DAY)
    one(facts, "Japan", "ALLIED_WITH", "Philippines")


# ---- seats of government -----------------------------------------------------------------------
def test_a_guest_received_at_a_presidential_palace_visited_its_state(facts_of):
    facts = facts_of("Chilean Foreign Minister Pablo Rojas was received by Indian officials at "
                     "the Rashtrapati Bhavan on Tuesday.", published=WIRE_DAY)
    one(facts, "Pablo Rojas", "VISITED", "India")
    assert not find(facts, "Pablo Rojas", "VISITED", "Rashtrapati Bhavan")


def test_the_host_at_his_own_palace_made_no_visit(facts_of):
    facts = facts_of("Japanese Defence Minister Kenji Mori discussed maritime security in his talks "
                     "with Philippine President Ferdinand Marcos Jr. at Malacanang on Monday.",
                     published="2024-05-20")
    one(facts, "Kenji Mori", "VISITED", "Philippines")
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "Ferdinand Marcos Jr."]


# ---- joining and leading an alliance -----------------------------------------------------------
def test_states_welcomed_into_a_military_alliance(facts_of):
    facts = facts_of("Sweden and Finland were formally welcomed into NATO at a ceremony held in "
                     "Brussels on Thursday.", published=WIRE_DAY)
    one(facts, "Sweden", "ALLIED_WITH", "NATO")
    one(facts, "Finland", "ALLIED_WITH", "NATO")


def test_welcomed_into_a_union_is_no_alliance(facts_of):
    facts = facts_of("Croatia was welcomed into the European Union with fireworks in Zagreb.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


def test_the_leader_of_an_alliance_in_apposition(facts_of):
    facts = facts_of("NATO, the US-led military alliance, said on Monday that it would move more "
                     "jets to its eastern flank.", published=WIRE_DAY)
    one(facts, "United States", "ALLIED_WITH", "NATO")


# ---- deployments counted by the load ----------------------------------------------------------
def test_a_planeload_of_police_arriving_is_a_deployment(facts_of):
    facts = facts_of("A second planeload of Zambian police landed in Bangui on Sunday to join the "
                     "stabilisation force.", published=WIRE_DAY)
    assert not visits(facts)


def test_a_team_of_soldiers_arriving_is_a_deployment(facts_of):
    facts = facts_of("A team of Nepali soldiers arrived in Juba on Sunday to join the "
                     "peacekeeping force.", published=WIRE_DAY)
    assert not visits(facts)


# ---- a gerund hung on a measure of days --------------------------------------------------------
def test_talks_held_a_day_before_the_clause(facts_of):
    facts = facts_of("Omani Foreign Minister Badr Albusaidi met Iranian officials in Tehran on "
                     "Thursday, two days after holding talks in Baghdad on regional security.",
                     published="2024-03-08")
    f = one(facts, "Badr Albusaidi", "VISITED", "Baghdad")
    assert f.date == "2024-03-05"
