"""Organisations named by a short form the article defines, stop 42, in phrasings of our own.

- a short form in brackets (or between commas) right after a name whose initials it is names
  the same body for the rest of the article: its later uses are that body, written by its long
  name when the gazetteer does not know it, also where the model missed the short form or read
  it as a Roman numeral ("MDC"), and whatever else the gazetteer makes of it elsewhere ("AFP"
  after "the Armed Forces of the Philippines" is no news agency);
- the initials may skip words of grammar ("Indigenous People of Ogoja": IPOO), take the parts
  of a hyphened word ("Tehreek-e-Insaf") and come in another language's order ("Democratic
  Forces for the Liberation of Rwanda": FDLR); the long form is the whole name the initials
  cover, not a known name inside it ("the Islamic State in the Greater Sahara (ISGS)");
- a state's name opening such a body's name does not make its officers the state's ("the Kenya
  People's Freedom Movement (KPFM)");
- a title with its initials in brackets ("Prime Minister (PM)") is no body.

Sentences are our own; articles are dated as each test says."""

from tests.facts import find, one


def test_short_form_overrides_what_the_gazetteer_makes_of_it(facts_of):
    facts = facts_of("The Armed Forces of the Philippines (AFP) said its troops overran a rebel camp in Sulu. "
                     "AFP chief of staff General Romeo Aquino later flew to Jolo.")
    one(facts, "Romeo Aquino", "HOLDS_ROLE", "Philippines")
    assert not find(facts, "Romeo Aquino", "HOLDS_ROLE", "Agence France-Presse")


def test_short_form_the_model_read_as_a_numeral(facts_of):
    facts = facts_of("The Movement for Democratic Change (MDC) met in Harare on Monday. "
                     "MDC leader Tafadzwa Moyo said the party would contest the by-elections.")
    one(facts, "Tafadzwa Moyo", "HOLDS_ROLE", "Movement for Democratic Change")


def test_short_form_in_another_order(facts_of):
    facts = facts_of("The Democratic Forces for the Liberation of Rwanda (FDLR) issued a statement on Monday. "
                     "FDLR commander Jean Bosco Habimana denied that his men had crossed the border.")
    one(facts, "Jean Bosco Habimana", "HOLDS_ROLE", "Democratic Forces for the Liberation of Rwanda")


def test_short_form_skipping_words_of_grammar(facts_of):
    facts = facts_of("The Indigenous People of Ogoja (IPOO) held its congress in Calabar. "
                     "IPOO spokesman Ledum Barine said the meeting had gone well.")
    one(facts, "Ledum Barine", "HOLDS_ROLE", "Indigenous People of Ogoja")


def test_short_form_between_commas(facts_of):
    facts = facts_of("The Ghana Progressive Alliance, GPA, held a rally in Kumasi on Tuesday. "
                     "GPA chairman Kwabena Osei Mensah told the crowd that the party was ready.")
    one(facts, "Kwabena Osei Mensah", "HOLDS_ROLE", "Ghana Progressive Alliance")


def test_long_form_is_the_whole_name(facts_of):
    facts = facts_of("The Islamic State in the Greater Sahara (ISGS) ambushed an army convoy near Tillaberi on Sunday. "
                     "France condemned the ISGS on Monday.")
    one(facts, "France", "CONDEMNED", "Islamic State in the Greater Sahara")
    assert not [f for f in facts if f.object == "Islamic State" or f.subject == "Islamic State"]


def test_state_opening_a_defined_body_s_name_is_not_its_employer(facts_of):
    facts = facts_of("Nayla Achieng, secretary general of the Kenya People's Freedom Movement (KPFM), "
                     "criticised the police on Monday.")
    one(facts, "Nayla Achieng", "HOLDS_ROLE", "Kenya People's Freedom Movement")
    assert not find(facts, "Nayla Achieng", "HOLDS_ROLE", "Kenya")


# ---- what is not read -----------------------------------------------------------------------
def test_title_with_initials_is_no_body(facts_of):
    facts = facts_of("Pakistan's Prime Minister (PM) Shehbaz Sharif met Chinese President Xi Jinping in Beijing on Tuesday.")
    one(facts, "Shehbaz Sharif", "MET_WITH", "Xi Jinping")
    assert not [f for f in facts if "Prime Minister" in (f.subject, f.object)]


def test_undefined_short_form_keeps_its_usual_reading(facts_of):
    # no long form in the article: the short form is not tied to any body named elsewhere
    facts = facts_of("The Allied Democratic Forces attacked a village near Beni on Sunday. "
                     "The Australian government said the ADF would send two aircraft to Tonga.")
    assert not find(facts, "Allied Democratic Forces", "AIDED", "Tonga")
