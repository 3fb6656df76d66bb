"""Constructions of attacks and sanctions fresh real news showed in stop 30, each in phrasings of
our own.

- "X signed an executive order imposing sanctions on Y": an order is a document; who issues it
  imposes what it does;
- "hailed the decision by X (short form) to sanction Y", parsed with the infinitive on the verb:
  the infinitive after an intent noun with an owner is still that noun's;
- "the American Office of Foreign Assets Control": a state's name or demonym before a name the
  gazetteer already gives that state is the state;
- "struck positions in and around X": coordinated prepositions share their object;
- "a coalition led by X attacked Y": the leader acts for its party, as in "the X-led coalition";
- "supplies X with shells for the war in Y": the war the goods are for is not the supplier's;
- "Along with the minister of X, Name, the U.S. also sanctioned Y": the name after the fronted
  phrase is no subject, and a person beside a state's act is no co-agent;
- "shelled X soldiers firing at ...", parsed with the soldiers the subject of a participle clause:
  they are the verb's object;
- "al Shabaab", "Shebab": spellings of the Somali armed group; "Al-Shabab militants" taken by the
  model for a person is the group the gazetteer knows by that name only.

Sentences are our own."""
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- an order's signer imposes what it imposes -----------------------------------------------------
def test_signed_an_executive_order_imposing_sanctions(facts_of):
    facts = facts_of("President Barack Obama on Friday signed an executive order imposing new sanctions on Venezuela.",
                     published="2015-03-09")
    assert one(facts, "Venezuela", "SANCTIONED_BY", "Barack Obama")


def test_an_order_without_an_issuer_names_no_imposer(facts_of):
    facts = facts_of("Lawyers in Caracas studied an executive order imposing sanctions on Venezuela.",
                     published="2015-03-09")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Lawyers")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Caracas")


# ---- an infinitive after an intent noun with an owner ----------------------------------------------
def test_decision_by_a_body_with_its_short_form_to_sanction(facts_of):
    facts = facts_of("Peru's foreign ministry hailed the decision by the European Union (EU) to impose sanctions "
                     "on Belarus.", published="2021-06-22")
    assert one(facts, "Belarus", "SANCTIONED_BY", "European Union")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Peru")


def test_state_named_before_its_known_office(facts_of):
    facts = facts_of("Colombia's government praised a move by the American Office of Foreign Assets Control to "
                     "blacklist the Clan del Golfo gang and its boss Dairo Usuga.", published="2024-03-02")
    assert one(facts, "Dairo Usuga", "SANCTIONED_BY", "United States")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Colombia")


# ---- coordinated prepositions share their object ---------------------------------------------------
def test_positions_in_and_around_a_city(facts_of):
    facts = facts_of("Syrian jets pounded rebel positions in and around the northern city of Idlib on Tuesday.",
                     published="2019-05-29")
    assert one(facts, "Syria", "ATTACKED", "Idlib")


# ---- a party led by a state ------------------------------------------------------------------------
def test_coalition_led_by_a_state_attacked(facts_of):
    facts = facts_of("A coalition led by the United States bombed the Syrian town of Raqqa on Sunday, killing dozens of fighters.",
                     published="2017-06-12")
    assert of_relation(facts, "ATTACKED", "United States")
    assert not of_relation(facts, "ATTACKED", "Raqqa")


# ---- the war goods are for ---------------------------------------------------------------------------
def test_shells_for_a_war_are_no_attack_of_the_supplier(facts_of):
    facts = facts_of("Officials say Belarus supplies Moscow with artillery shells for the war in Ukraine.",
                     published="2023-04-12")
    assert not of_relation(facts, "ATTACKED", "Belarus")


def test_launching_an_invasion_still_attacks(facts_of):
    facts = facts_of("Russia launched its invasion of Ukraine in February.", published="2022-03-01")
    assert one(facts, "Russia", "ATTACKED", "Ukraine")


# ---- a person set before a state's act ---------------------------------------------------------------
def test_person_fronted_beside_the_sanctioning_state(facts_of):
    facts = facts_of("Along with the Burundian minister of security, Paul Nkurunziza, the U.K. also sanctioned "
                     "a spokesman of the rebels, John Ndayishimiye.", published="2024-05-10")
    assert one(facts, "John Ndayishimiye", "SANCTIONED_BY", "United Kingdom")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Paul Nkurunziza")
    assert not of_relation(facts, "SANCTIONED_BY", obj="Burundi")


def test_a_state_fronted_beside_the_sanctioning_state_still_acts(facts_of):
    facts = facts_of("Along with Canada, Australia also sanctioned the Iranian general Hossein Salami.",
                     published="2023-01-10")
    assert one(facts, "Hossein Salami", "SANCTIONED_BY", "Canada")
    assert one(facts, "Hossein Salami", "SANCTIONED_BY", "Australia")


# ---- spellings of the Somali armed group -------------------------------------------------------------
def test_al_shabaab_with_a_space(facts_of):
    facts = facts_of("Islamist al Shabaab fighters killed seven Kenyan soldiers near the border on Thursday.",
                     published="2021-02-12")
    assert one(facts, "al-Shabaab", "ATTACKED", "Kenya")


def test_shebab_spelling(facts_of):
    facts = facts_of("Shebab insurgents killed four Ugandan soldiers in an ambush on Monday.",
                     published="2021-02-12")
    assert one(facts, "al-Shabaab", "ATTACKED", "Uganda")


# ---- a name the model took for a person, known only as a group's ---------------------------------
def test_group_name_read_as_a_person_is_the_group(facts_of):
    facts = facts_of("Al-Shabab fighters have overrun an African Union outpost near the Somali town of Baidoa.",
                     published="2016-01-15")
    assert one(facts, "al-Shabaab", "ATTACKED", "African Union")


# ---- an object the parser made the subject of the participle after it --------------------------------
def test_object_read_as_the_subject_of_a_participle(facts_of):
    facts = facts_of("Armenian troops shelled Azerbaijani soldiers firing at a border post on Tuesday.",
                     published="2021-07-22")
    assert one(facts, "Armenia", "ATTACKED", "Azerbaijan")
