"""Photo captions (docs/ERRORS.md dates, issue 10): an undated article whose first sentence ends
with a full date ("..., Thursday, March 7, 2019.") is copy under a photo taken that day; the
caption's event and the copy's weekdays are of that day. Also the present-tense cases the news
table left: a trigger word only in a relative clause, a length of time beside a present perfect.
Our own sentences."""

from tests.facts import one


def test_a_weekday_in_the_copy_is_read_from_the_captions_day(facts_of):
    facts = facts_of("Peruvian President Luis Quispe speaks to reporters in Lima, Peru, Thursday, March 7, 2019. "
                     "Chilean President Ana Sepulveda arrived in Peru for her first visit in ten years on Thursday.",
                     published=None)
    assert one(facts, "Ana Sepulveda", "VISITED", "Peru").date == "2019-03-07"


def test_a_full_date_inside_the_first_sentence_is_no_caption(facts_of):
    facts = facts_of("Peruvian President Luis Quispe spoke on March 7, 2019, to reporters in Lima. "
                     "Chilean President Ana Sepulveda arrived in Peru for her first visit in ten years on Thursday.",
                     published=None)
    assert one(facts, "Ana Sepulveda", "VISITED", "Peru").date is None


def test_the_captions_own_event_takes_the_captions_day(facts_of):
    facts = facts_of("FILE - Peruvian soldiers unload medical supplies, flown in as part of the Chilean "
                     "aid package for Peru, at Lima airport, Peru, March 7, 2019.", published=None)
    assert one(facts, "Chile", "AIDED", "Peru").date == "2019-03-07"


def test_news_in_the_present_with_a_trigger_word_only_in_a_relative_clause(facts_of):
    """'X is in Y as the guest of Z, who is due to leave office': the relative clause's words
    ('leave') say nothing of the main clause's tense, which is the present."""
    facts = facts_of("Chilean leader Ana Sepulveda is in Peru as the final state guest of President "
                     "Luis Quispe, who is due to leave his post later this month.")
    assert one(facts, "Ana Sepulveda", "VISITED", "Peru").date == "2024-03"


def test_a_length_of_time_does_not_keep_a_present_perfect_from_the_articles_month(facts_of):
    facts = facts_of("As Chile and Peru keep up their border quarrel for a second week, "
                     "the two nations have blamed each other over the incident.")
    assert one(facts, "Chile", "CONDEMNED", "Peru").date == "2024-03"

