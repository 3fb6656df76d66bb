"""References read from fresh news (stop 21, coreference): pronouns and definite descriptions
whose antecedent lies one or more sentences back. Constructions the extractor missed or misread
on real news, each in phrasings of our own:

- a main-clause "he"/"she" whose previous sentence names nobody ("X arrived in Y. Her visit is
  the first in years. She was received by Z") reaches back over that sentence (at most two, within
  the paragraph) to the one person named before; a sentence that brings in a person of its own
  (a definite title, a titled subject, a name) or a paragraph break stops the search;
- a phrase after a name's comma whose title is a noun's complement ("between B and A, an official
  welcome ceremony for the visiting president took place") gives A no post (a phrase that opens
  on its own preposition, "writing to the X president, Name,", is unaffected);
- "the head of state" (no title of its own) stands for the one person named before it in its
  sentence, or else in the previous one, whom the article gives a ruler's post (president, king,
  emir ...: mentions.json head_of_state_titles); two such persons leave it unread;
- "Excellency" alone (the model's span after "His") is an honorific, no part of the name;
- "PM" is a title head ("Nepal PM Name": a post, not part of the name), and "the X PM" is still
  read as the short form of the whole title;
- an uncounted "the leaders" / "the heads of state" as a subject stands for the two persons named
  last when the window names exactly two (as "the two leaders" does); three leave it unread.

Sentences are our own; persons are invented; articles are dated Friday 13 March 2015."""

from tests.facts import find, one


def test_a_pronoun_reaches_over_a_sentence_that_names_nobody(facts_of):
    facts = facts_of("Finance Minister Ana Ruiz of Chile arrived in Peru on Friday. Her visit is the first "
                     "by a Chilean minister in ten years. She was received by Peruvian Foreign Minister "
                     "Jon Berg at the airport.")
    one(facts, "Jon Berg", "MET_WITH", "Ana Ruiz")


def test_a_pronoun_reaches_over_two_such_sentences(facts_of):
    facts = facts_of("Finance Minister Ana Ruiz of Chile arrived in Peru on Friday. The talks are the first "
                     "in ten years. Trade has doubled since then. She met Peruvian Foreign Minister Jon Berg "
                     "in Lima.")
    one(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")


def test_a_paragraph_break_stops_the_search(facts_of):
    facts = facts_of("Finance Minister Ana Ruiz of Chile arrived in Peru on Friday.\n\nThe talks are the first "
                     "in ten years. She met Peruvian Foreign Minister Jon Berg in Lima.")
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")


def test_a_sentence_with_a_person_of_its_own_stops_the_search(facts_of):
    facts = facts_of("President Tomas Vel of Chile arrived in Peru on Friday. A visiting general from Brazil "
                     "was also there. He met Peruvian Foreign Minister Jon Berg in Lima.")
    assert not find(facts, "Tomas Vel", "MET_WITH", "Jon Berg")


def test_a_title_inside_a_nouns_complement_is_no_appositive_post(facts_of):
    facts = facts_of("Chilean President Ana Ruiz met with her Peruvian counterpart Jon Berg, who came to "
                     "Santiago for a state visit. Ahead of the talks between Berg and Ruiz, an "
                     "official welcome ceremony for the Peruvian president took place.")
    assert not find(facts, "Ana Ruiz", "HOLDS_ROLE", "Peru")
    one(facts, "Ana Ruiz", "HOLDS_ROLE", "Chile")



def test_the_head_of_state_is_the_ruler_named_just_before(facts_of):
    facts = facts_of("Chilean President Ana Ruiz plans to travel to Peru next month. The head of state announced "
                     "the trip during talks with Peru's Foreign Minister Jon Berg, officials said.")
    one(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")


def test_the_head_of_state_after_two_rulers_stays_unread(facts_of):
    facts = facts_of("Chilean President Ana Ruiz met Bolivian President Tomas Vel on Monday. The head of state "
                     "announced the trip during talks with Peru's Foreign Minister Jon Berg, officials said.")
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")
    assert not find(facts, "Tomas Vel", "MET_WITH", "Jon Berg")


def test_excellency_alone_is_no_part_of_a_name(facts_of):
    # "His Excellency Name" where the model's name span starts at "Excellency"
    facts = facts_of("At a meeting, Minister Tomas Vel welcomed His Excellency Jon Berg to Peru.")
    one(facts, "Tomas Vel", "MET_WITH", "Jon Berg")
    assert not any("excellency" in f.object.lower() or "excellency" in f.subject.lower() for f in facts)


def test_pm_after_a_state_name_is_a_title_not_part_of_the_name(facts_of):
    facts = facts_of("Officials from Bhutan met Nepal PM Jon Berg and Thai Prime Minister Ana Ruiz on Monday.")
    one(facts, "Jon Berg", "HOLDS_ROLE", "Nepal")
    assert not find(facts, "Bhutan", "MET_WITH", "Nepal")


def test_the_demonym_pm_is_still_the_holder_named_before(facts_of):
    facts = facts_of("Chilean Prime Minister Ana Ruiz arrived in Lima on Monday. Foreign Minister Jon Berg "
                     "of Peru received the Chilean PM at the airport.")
    one(facts, "Jon Berg", "MET_WITH", "Ana Ruiz")


def test_uncounted_leaders_are_the_two_persons_named_last(facts_of):
    facts = facts_of("Chilean President Ana Ruiz and Peruvian President Jon Berg attended a summit in Lima. "
                     "The heads of state later held talks on trade.")
    one(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")


def test_uncounted_leaders_after_three_persons_stay_unread(facts_of):
    facts = facts_of("Chilean President Ana Ruiz, Bolivian President Tomas Vel and Peruvian President Jon Berg "
                     "attended a summit in Lima. The leaders later held talks on trade.")
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Jon Berg")
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Tomas Vel")


def test_a_title_governed_by_a_preposition_is_still_the_names_post(facts_of):
    facts = facts_of("The premier passed on greetings on behalf of the President of Chile, Tomas Vel Ortega, "
                     "and spoke of closer ties.")
    one(facts, "Tomas Vel Ortega", "HOLDS_ROLE", "Chile")
