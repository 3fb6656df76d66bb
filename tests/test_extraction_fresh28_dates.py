"""Dates a neighbouring sentence gives an event (stop 28), in phrasings of our own.

- "On 3 June 2018, X met Y. Y arrived in Z to attend ...": the explicit day of the previous
  sentence that tells of the same participants dates the visit, also in an article with no
  publication date (no relative date can be read there, but an absolute day can); so does the
  day of its own sentence for a clause hung on a participant ("On 24 May X met Y, who had arrived
  in Z on a working visit");
- "X met Y in Z. The meeting was held in the palace on 9 April 2021": the next sentence of
  the paragraph that recounts the same kind of event with a definite subject gives its day;
  "X met Y. Talks were held ..." or a new paragraph does not.

Sentences are our own."""
from tests.facts import one


def test_previous_sentence_day_dates_the_visit_without_publication_date(facts_of):
    facts = facts_of("On 3 June 2018, Armenian Foreign Minister Zohrab Mnatsakanyan met with his Georgian "
                     "counterpart Mikheil Janelidze. The Georgian minister arrived in Yerevan to attend a "
                     "regional forum.", published=None)
    assert one(facts, "Mikheil Janelidze", "VISITED", "Yerevan").date == "2018-06-03"


def test_recounting_sentence_dates_the_meeting(facts_of):
    facts = facts_of("The Sultan of Oman received the Jordanian foreign minister, Ayman Safadi, in Muscat. "
                     "The meeting was held in Al Alam Palace on 9 April 2021.", published=None)
    met = [f for f in facts if f.relation == "MET_WITH"]
    assert met and all(f.date == "2021-04-09" for f in met)


def test_recounting_sentence_after_a_new_paragraph_dates_nothing(facts_of):
    facts = facts_of("The Sultan of Oman received the Jordanian foreign minister, Ayman Safadi, in Muscat.\n\n"
                     "The meeting was held in Al Alam Palace on 9 April 2021.", published=None)
    met = [f for f in facts if f.relation == "MET_WITH"]
    assert met and all(f.date is None for f in met)


def test_sentence_telling_another_event_dates_nothing(facts_of):
    facts = facts_of("The Sultan of Oman received the Jordanian foreign minister, Ayman Safadi, in Muscat. "
                     "The ministers held talks with business leaders on 9 April 2021.", published=None)
    met = [f for f in facts if f.relation == "MET_WITH" and f.object == "Ayman Safadi"]
    assert met and all(f.date is None for f in met)


def test_clause_on_a_participant_takes_its_sentences_day(facts_of):
    facts = facts_of("On 11 October 2017 in Vilnius, the Lithuanian defence minister met with the Defence "
                     "Minister of Poland, Antoni Macierewicz, who had arrived in Lithuania on a working visit.",
                     published=None)
    assert one(facts, "Antoni Macierewicz", "VISITED", "Lithuania").date == "2017-10-11"
