"""Chairs of blocs taken up by a verb of taking a post, in phrasings of our own (stop 43).

"X took over as chair of the Union", "X took over the bloc's chair", "X assumed the
chairmanship of the Community", "X assumed the post of ASEAN chair": the particle "over" makes
"take" a verb of taking a post without "office" (mentions.json accession_particles), a noun of
holding a post stands for its title (office_nouns: "chairmanship" for "chair"), and the "of"
phrase of a post noun (post_nouns: "role", "post") names the post taken. The title's owner is
its "of" phrase or the name before it, as for "was elected chair of". A counterpart the new
chair took over from keeps the title of a state's post (his own state's), not the bloc's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one

DAY = dt.date(2024, 8, 19)


def test_took_over_as_a_blocs_chairman(facts_of):
    facts = facts_of("Ghana's John Mahama took over as ECOWAS chairman on Sunday at a summit in Abuja.",
                     published=DAY)
    one(facts, "John Mahama", "HOLDS_ROLE", "ECOWAS")


def test_took_over_the_chair_of_a_bloc(facts_of):
    facts = facts_of("Botswana's President Duma Boko took over the SADC chair at the weekend summit in Gaborone.",
                     published=DAY)
    one(facts, "Duma Boko", "HOLDS_ROLE", "Southern African Development Community")


def test_assumed_the_chairmanship_of_a_bloc(facts_of):
    facts = facts_of("Kenyan President William Ruto assumed the chairmanship of the East African Community "
                     "during talks in Arusha.", published=DAY)
    fact = one(facts, "William Ruto", "HOLDS_ROLE", "East African Community")
    assert fact.title in ("Chair", "Chairman")  # the title a chairmanship stands for
    one(facts, "William Ruto", "HOLDS_ROLE", "Kenya")


def test_assumed_the_post_of_a_blocs_chair(facts_of):
    facts = facts_of("Laotian Prime Minister Sonexay Siphandone assumed the post of ASEAN chair for 2024 "
                     "in Vientiane.", published=DAY)
    one(facts, "Sonexay Siphandone", "HOLDS_ROLE", "ASEAN")


def test_counterpart_taken_over_from_keeps_a_state_title(facts_of):
    facts = facts_of("Senegalese President Macky Sall took over from his Gambian counterpart Adama Barrow "
                     "as chair of the AU.", published=DAY)
    one(facts, "Macky Sall", "HOLDS_ROLE", "African Union")
    assert one(facts, "Adama Barrow", "HOLDS_ROLE", "Gambia").title == "President"


def test_no_post_taken_without_a_person_or_an_owner(facts_of):
    """A state taking over a presidency, a post noun with no owner, and troops taking over a
    town give no post."""
    facts = facts_of("Hungary took over the rotating presidency of the Council on Monday. "
                     "President Bola Tinubu assumed the chairmanship from his predecessor. "
                     "Soldiers took over the town of Bunia after the talks.", published=DAY)
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.object_type.value == "Organization"], facts
    assert not find(facts, "Hungary", "HOLDS_ROLE", "Council")
