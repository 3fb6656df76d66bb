"""Constructions of attacks and sanctions fresh real news showed in stop 29, each in phrasings of
our own.

- "a Ruritanian soldier was killed in a Bordurian attack / in Borduria's cross-border fire",
  "wounded by Bordurian shelling": those killed or wounded by an attack (one soldier as much as
  five; the attack in a phrase of place or as the passive's agent) were its target;
- "Borduria's onslaught against Ruritania" is an attack;
- "the airstrike targeting the Republican Palace in X": a building is struck in the city its
  phrase places it in (the phrase may hang on the verb);
- "sanctions on the finance chief of X, Name - who is ...": a dash set off by spaces ends a name;
- "has been under French and U.S. sanctions": each of coordinated modifiers imposes;
- "sanctions against the junta in X", "the regime in <capital>": a ruling body with no owner is
  the government of the state it sits in;
- dates: "Former President X met Y" is news of today, not background; "X condemned the tests,
  saying they were the fifth since May": a period bounding the clause hung on the verb does not
  make the condemnation a standing one.

Sentences are our own."""
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- those an attack killed or wounded were its target -------------------------------------------
def test_one_soldier_killed_in_an_attack_names_the_target(facts_of):
    facts = facts_of("A Georgian border guard was killed in a Russian attack near the village on Monday.",
                     published="2021-06-10")
    assert one(facts, "Russia", "ATTACKED", "Georgia")


def test_killed_in_a_states_cross_border_fire(facts_of):
    facts = facts_of("An Indian soldier was killed in Pakistan's cross-border fire in Poonch district on Tuesday.",
                     published="2019-03-07")
    fact = one(facts, "Pakistan", "ATTACKED", "India")
    assert fact.date == "2019-03-05"


def test_wounded_by_shelling_as_the_passive_agent(facts_of):
    facts = facts_of("Three Syrian soldiers were wounded by Turkish shelling near the border.")
    assert one(facts, "Turkey", "ATTACKED", "Syria")


def test_soldiers_who_died_in_fire(facts_of):
    facts = facts_of("Two Lebanese soldiers died in Israeli fire overnight, the army said.")
    assert one(facts, "Israel", "ATTACKED", "Lebanon")


def test_fire_that_names_no_victim_attacks_no_one(facts_of):
    facts = facts_of("A fire broke out at the Russian embassy in Oslo on Sunday. "
                     "The government came under fire from Polish critics over the plan.")
    assert not of_relation(facts, "ATTACKED")


# ---- onslaught -----------------------------------------------------------------------------------
def test_onslaught_against_a_state(facts_of):
    facts = facts_of("Kenya condemned Ethiopia's military onslaught against Eritrea.")
    assert one(facts, "Ethiopia", "ATTACKED", "Eritrea")


# ---- a building is struck in its city ------------------------------------------------------------
def test_palace_in_a_city_is_struck_in_the_city(facts_of):
    facts = facts_of("The Saudi airstrike targeting the Republican Palace in Sanaa drew wide criticism.")
    assert one(facts, "Saudi Arabia", "ATTACKED", "Sanaa")
    assert not of_relation(facts, "ATTACKED", obj="Republican Palace")


def test_palace_phrase_hung_on_the_verb(facts_of):
    facts = facts_of("Rwandan troops shelled the Presidential Palace in Bujumbura on Friday.")
    assert one(facts, "Rwanda", "ATTACKED", "Bujumbura")


# ---- sanctions -----------------------------------------------------------------------------------
def test_a_spaced_dash_ends_the_sanctioned_name(facts_of):
    facts = facts_of("The Kenyan Treasury imposed sanctions on the finance chief of Uganda's ruling party, "
                     "John Okello Mugisha - who is a cousin of the president - on Monday.")
    assert one(facts, "John Okello Mugisha", "SANCTIONED_BY", "Kenya")
    assert not [f for f in facts if "Who" in f.subject]


def test_coordinated_imposers_each_sanction(facts_of):
    facts = facts_of("Iran has long been under French and U.S. sanctions over its nuclear programme.")
    assert one(facts, "Iran", "SANCTIONED_BY", "France")
    assert one(facts, "Iran", "SANCTIONED_BY", "United States")


def test_sanctions_against_the_junta_in_a_state(facts_of):
    facts = facts_of("The Southern African Development Community (SADC) slapped sanctions against the junta "
                     "in Madagascar on Friday.")
    assert one(facts, "Madagascar", "SANCTIONED_BY", "Southern African Development Community")


def test_the_regime_in_a_capital_is_its_states(facts_of):
    facts = facts_of("Washington imposed sanctions on the regime in Damascus.")
    assert one(facts, "Syria", "SANCTIONED_BY", "United States")


def test_the_government_in_a_city_that_is_no_capital_is_no_states(facts_of):
    facts = facts_of("The bank froze the assets of the government in Lagos.")
    assert not of_relation(facts, "SANCTIONED_BY")


# ---- dates ---------------------------------------------------------------------------------------
def test_a_former_office_holders_meeting_is_dated_to_the_article(facts_of):
    facts = facts_of("Former Japanese Prime Minister Yukio Hatoyama visited Tehran and met Iranian "
                     "President Mahmoud Ahmadinejad.", published="2012-04-12")
    assert one(facts, "Yukio Hatoyama", "VISITED", "Tehran").date == "2012-04"
    assert one(facts, "Yukio Hatoyama", "MET_WITH", "Mahmoud Ahmadinejad").date == "2012-04"


def test_a_period_in_the_clause_hung_on_the_verb_leaves_the_act_dated(facts_of):
    facts = facts_of("Kuwaiti Foreign Minister Ahmad Nasser al-Sabah condemned the Iranian drills, noting "
                     "that they were the fifth such exercise since early May.", published="2021-07-02")
    fact = one(facts, "Ahmad Nasser al-Sabah", "CONDEMNED", "Iran")
    assert fact.date == "2021-07"
