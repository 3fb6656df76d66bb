"""Photo captions (docs/ERRORS.md dates, issue 10): an undated article whose first sentence ends
with a full date ("..., Thursday, March 7, 2019.") is copy under a photo taken that day; the
caption's event and the copy's weekdays are of that day. Our own sentences."""

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
    facts = facts_of("FILE - Peruvian soldiers unload medical supplies, delivered by plane as part of the Chilean "
                     "aid package for Peru, at Lima airport, Peru, March 7, 2019.", published=None)
    assert one(facts, "Chile", "AIDED", "Peru").date == "2019-03-07"
