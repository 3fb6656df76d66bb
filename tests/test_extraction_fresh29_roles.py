"""Constructions of titles, names and roles fresh real news showed in stop 29, each in phrasings
of our own.

- "their respective prime ministers A B of X, C D of Y": the list's first item, right after the
  plural title (or "counterparts:" and its colon), is a name and its state even when the model
  took "A B of X" for one body; so is an item the model took together with the plural title
  ("[Presidents A B of X] and C D of Y");
- "Mayor of [Z-City X Y]" taken for one body: the city, then the holder (who then holds no post
  of a body named after both);
- "Ambassador to Ruritania [X Y]" with the name left untagged: the envoy's name after his
  posting;
- a family name with an apostrophe inside ("O'Hare") is a name word where a posting is split
  from the name after it ("Ambassador to [Z-City X O'Y]");
- "[X-Org Executive] Secretary Y": a known body the model took with the title word before the
  title's head is the body; the holder's post is in it, not in "X-Org Executive";
- a bare title's state read from context: a region named by its state ("in northern Z") counts
  as naming Z, so "... in northern Z near the border with Y, President X said" gives X neither;
- an abbreviated military rank ("Brig.", "Maj.", "Capt.", "Lt.") before a name ends no sentence;
- "[Z’s King X Y]" taken whole for a body or a person: the state, then the titled person;
- "[A B C - who] is ...": a relative pronoun after a dash ends no name;
- "special envoy to [Z-Region X Y]": a known region may be an envoy's posting, split from his
  name and passed over for his own state;
- "the Ambassador of the Republic of X to the Republic of Z Name": the envoy's own state named in
  full before his posting; his name, untagged by the model, follows the posting;
- "leader of the rebel Z People's Army": a body a rebel word qualifies is no state's body, even
  named after the state.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- the first item of a list under a plural title ------------------------------------------
def test_first_item_right_after_lower_case_plural_title(facts_of):
    facts = facts_of("The Nordic states sent their respective prime ministers Indrek Tamm of Estonia, "
                     "Oskar Lind of Sweden, and Arvid Berge of Norway to the forum.")
    one(facts, "Indrek Tamm", "HOLDS_ROLE", "Estonia")
    one(facts, "Oskar Lind", "HOLDS_ROLE", "Sweden")
    one(facts, "Arvid Berge", "HOLDS_ROLE", "Norway")


def test_first_item_after_counterparts_and_a_colon(facts_of):
    facts = facts_of("The host welcomed his counterparts: Kofi Mensah of Ghana, Moussa Ndiaye of Senegal "
                     "and Ibrahim Sani of Niger.")
    one(facts, "Kofi Mensah", "HOLDS_ROLE", "Ghana")
    one(facts, "Moussa Ndiaye", "HOLDS_ROLE", "Senegal")
    one(facts, "Ibrahim Sani", "HOLDS_ROLE", "Niger")


def test_item_taken_with_the_plural_title(facts_of):
    facts = facts_of("The president on Monday received Presidents Macky Diouf of Senegal and Yaw Boateng "
                     "of Ghana at the palace.")
    one(facts, "Macky Diouf", "HOLDS_ROLE", "Senegal")


# ---- a city, then the holder's name, after "<title> of" --------------------------------------
def test_city_then_name_after_mayor_of(facts_of):
    facts = facts_of("The guests were greeted on arrival by Chairwoman of the Presidential Office Daovone Keola, "
                     "Mayor of Vientiane Khamphet Sounthone, and Deputy Foreign Minister Bounmy Phengsy.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and "Khamphet" in f.object]
    assert not find(facts, "Daovone Keola", "HOLDS_ROLE", "Vientiane Khamphet Sounthone")


# ---- an envoy's name right after his posting ---------------------------------------------------
def test_envoy_name_after_posting_without_comma(facts_of):
    facts = facts_of("The minister was joined by Deputy Foreign Minister Bounmy Phengsy, Lao Ambassador "
                     "to Thailand Sengdao Phommachanh, staff from the Lao foreign ministry, "
                     "and Thai Ambassador to Laos Somchai Rattanakul.")
    one(facts, "Sengdao Phommachanh", "HOLDS_ROLE", "Laos")
    one(facts, "Somchai Rattanakul", "HOLDS_ROLE", "Thailand")


def test_apostrophe_name_after_posting_city(facts_of):
    facts = facts_of("On landing he was greeted by Ireland's Ambassador to Lima Niamh O'Hare and by "
                     "protocol officers.")
    one(facts, "Niamh O'Hare", "HOLDS_ROLE", "Ireland")


# ---- a known body, then a title word, then the title's head ----------------------------------
def test_known_body_then_title_word_then_head(facts_of):
    facts = facts_of("The foreign minister hosted IGAD Executive Secretary Mahlet Tesfaye in Djibouti on Monday.")
    one(facts, "Mahlet Tesfaye", "HOLDS_ROLE", "IGAD")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and "Executive" in f.object]


# ---- a region named by its state counts as that state -----------------------------------------
def test_bare_title_between_a_region_and_a_border_state(facts_of):
    facts = facts_of("Eight policemen were killed in Eastern Niger when armed men raided a checkpoint close "
                     "to the frontier with Chad, President Ousmane Garba Hamani said on Tuesday.")
    assert not find(facts, "Ousmane Garba Hamani", "HOLDS_ROLE", "Chad")


# ---- an abbreviated rank before a name ends no sentence ---------------------------------------
def test_abbreviated_rank_keeps_the_sentence_whole(facts_of):
    facts = facts_of("Two soldiers died in the ambush, said Kenyan army spokesman Brig. Paul Njuguna.")
    one(facts, "Paul Njuguna", "HOLDS_ROLE", "Kenya")


def test_abbreviated_ranks_split_no_sentence(extractor):
    from ingest.nlp import load_model
    doc = load_model()("The patrol was led by Capt. Omar Lali. Maj. Amina Odhiambo said it returned.")
    assert [s.text for s in doc.sents] == ["The patrol was led by Capt. Omar Lali.",
                                           "Maj. Amina Odhiambo said it returned."]


# ---- a state's possessive, a title and a name, taken whole -----------------------------------
def test_state_possessive_title_and_name_taken_for_a_body(facts_of):
    facts = facts_of("Brunei’s Sultan Hassanal Bolkiah arrived in Hanoi on Tuesday for a state visit.")
    one(facts, "Hassanal Bolkiah", "HOLDS_ROLE", "Brunei")
    one(facts, "Hassanal Bolkiah", "VISITED", "Hanoi")


def test_state_possessive_title_and_name_taken_for_a_person(facts_of):
    facts = facts_of("Lesotho’s King Letsie III arrived in Windhoek on Monday.")
    one(facts, "Letsie III", "HOLDS_ROLE", "Lesotho")
    assert not [f for f in facts if f.subject.startswith("’s")]


# ---- a relative pronoun after a dash is no part of a name -----------------------------------
def test_trim_drops_a_dash_and_relative_pronoun():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from ingest.mentions import _trim
    words = ["Salem", "Faraj", "Oweidat", "-", "who", "is", "a", "cousin"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "DET", "NOUN"]
    doc = Doc(Vocab(), words=words, pos=pos)
    assert _trim(doc, 0, 5) == (0, 3)


# ---- a region as an envoy's posting -----------------------------------------------------------
def test_region_as_envoy_posting(facts_of):
    facts = facts_of("Chinese special envoy to Darfur Zhang Ming held talks with officials in Khartoum on Monday.")
    one(facts, "Zhang Ming", "HOLDS_ROLE", "China")
    assert not [f for f in facts if f.subject.startswith("Darfur")]


# ---- an envoy's own state in full, then his posting, then the name ---------------------------
def test_envoy_of_state_in_full_to_posting_then_name(facts_of):
    facts = facts_of("The minister on Monday received the Ambassador of the Republic of Ghana to the Republic "
                     "of Togo Kwame Asante.")
    one(facts, "Kwame Asante", "HOLDS_ROLE", "Ghana")
    assert not find(facts, "Kwame Asante", "HOLDS_ROLE", "Togo")


def test_envoy_of_kingdom_to_state_then_name(facts_of):
    facts = facts_of("Ambassador of the Kingdom of Norway to Kenya Lars Eide and his deputy were invited to "
                     "the ministry on Friday.")
    one(facts, "Lars Eide", "HOLDS_ROLE", "Norway")


# ---- a rebel body named after a state -------------------------------------------------------
def test_rebel_body_named_after_a_state_is_not_the_state(facts_of):
    facts = facts_of("Moussa Idriss, leader of the rebel Chad Popular Resistance Front, met the mediators in "
                     "Niamey on Monday.")
    assert not find(facts, "Moussa Idriss", "HOLDS_ROLE", "Chad")
    one(facts, "Moussa Idriss", "HOLDS_ROLE", "Chad Popular Resistance Front")
