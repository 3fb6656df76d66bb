"""Constructions of censure fresh real news showed in stop 29 (second round), each in phrasings of
our own.

- '"We condemn X," the minister said', '"I have conveyed our protest to X," Y said': a
  first-person subject of a quoted clause is the speaker the verb of saying after the closing
  quotation mark names (also when the quotation opened in an earlier sentence, and through a
  speaker pronoun); an unquoted 'We condemn X, Y said' is no quotation and stays unread;
- "X conducted nuclear testing ... Y protested the testing", "X launched a missile ... Y
  condemned the launch": a definite act with no owner is the one told before, and its owner the
  subject of the verb that carried it out (fire, launch, test, conduct, ...);
- "officials from X, Y and Z condemned ...": the parser broke the list after its first name and
  made the rest a second subject; every state of the list acts;
- "the Z Congress of X", "the Standing Committee of the Z Congress of X": a known organisation of
  a state named with "of" that state is the organisation (a body of it acts for it).

Sentences are our own."""
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- a quotation's first person is its speaker ------------------------------------------------------
def test_quoted_we_is_the_speaker(facts_of):
    facts = facts_of("\u201cWe firmly condemn Russia's drone strikes on the port,\u201d Latvian Foreign Minister "
                     "Anna Berzina told reporters on Friday.", published="2023-08-04")
    assert one(facts, "Anna Berzina", "CONDEMNED", "Russia")


def test_quoted_i_with_the_verb_of_saying_first(facts_of):
    facts = facts_of("\"I have conveyed our strong protest to Iran over the seizure of the tanker,\" said "
                     "Norwegian Foreign Minister Lars Heggem.", published="2022-02-11")
    assert one(facts, "Lars Heggem", "CONDEMNED", "Iran")


def test_quotation_opened_in_an_earlier_sentence_and_a_speaker_pronoun(facts_of):
    facts = facts_of("Defence Minister Kenji Morita spoke to reporters in Tokyo on Monday. \"The firing is "
                     "a grave provocation. We sent our protest to North Korea through the embassy,\" he said.",
                     published="2022-10-03")
    assert one(facts, "Kenji Morita", "CONDEMNED", "North Korea")


def test_unquoted_we_is_not_read_as_the_speaker(facts_of):
    facts = facts_of("We condemn Russia's raids on the city, Anna Berzina said on Friday.", published="2023-08-04")
    assert not of_relation(facts, "CONDEMNED", "Anna Berzina")


# ---- a definite act told before is its doer's ------------------------------------------------------
def test_protested_the_testing_a_state_conducted(facts_of):
    facts = facts_of("India carried out nuclear testing on Monday in the desert. The next day, Foreign "
                     "Minister Hiro Sato of Japan strongly protested the testing.", published="1998-05-13")
    assert one(facts, "Hiro Sato", "CONDEMNED", "India")


def test_condemned_the_launch_of_a_state_that_launched(facts_of):
    facts = facts_of("North Korea launched an intercontinental missile early on Thursday. South Korea "
                     "condemned the launch as a serious provocation.", published="2023-03-16")
    assert one(facts, "South Korea", "CONDEMNED", "North Korea")


def test_a_launch_told_before_by_the_censuring_state_itself_is_no_censure_of_another(facts_of):
    facts = facts_of("China launched a weather satellite on Sunday. Japan welcomed the launch.",
                     published="2023-03-16")
    assert not of_relation(facts, "CONDEMNED")



# ---- a known organisation named with "of" its own state ----------------------------------------------
def test_a_body_of_a_known_legislature_of_its_state_gives_as_the_state(facts_of):
    facts = facts_of("The Parliament of Zambia received a donation of 40 printers from the Council of the "
                     "State Duma of Russia on Thursday.", published="2024-05-10")
    assert one(facts, "Russia", "AIDED", "Zambia")
    assert not [f for f in facts if f.relation == "AIDED" and "Council" in f.subject]


def test_a_known_organisation_of_another_state_stays_unread(facts_of):
    facts = facts_of("The Parliament of Zambia received a donation of 40 printers from the Council of the "
                     "State Duma of Ukraine on Thursday.", published="2024-05-10")
    assert not of_relation(facts, "AIDED", "Russia")
    assert not of_relation(facts, "AIDED", "Ukraine")


# ---- a list of states after "officials from" the parser broke ------------------------------------------
def test_every_state_of_a_from_list_the_parser_broke_acts(facts_of):
    facts = facts_of("Defence officials from Australia, Japan and the Philippines condemned China's drills "
                     "near the strait on Monday.", published="2023-04-10")
    for state in ("Australia", "Japan", "Philippines"):
        assert one(facts, state, "CONDEMNED", "China")
