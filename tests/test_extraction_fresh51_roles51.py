"""A construction of stop 51, in phrasings of our own.

A body's or a state's short form in brackets, written right after its name, before the title of
a person whose name follows after a comma: "the Ruritanian Workers' Front (RWF) spokesman, A,
said", "The United States (US) Trade Representative, B, ...", "the President of the X Union (XU)
Secretariat, C, ...". The walk back from the comma before the name stopped at the closing
bracket, so the title phrase lost its body and no post was read. The bracketed short form is now
passed over (and kept out of the title). Brackets that hold anything else still end the phrase.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, posts_of

_DAY = dt.date(2024, 6, 1)


def test_party_short_form_before_title_and_comma(facts_of):
    facts = facts_of("On Friday the African National Congress (ANC) spokesperson, Mahlengi Bhengu-Motsiri, "
                     "dismissed the claims made by rival parties over the weekend.", published=_DAY)
    one(facts, "Mahlengi Bhengu-Motsiri", "HOLDS_ROLE", "African National Congress")


def test_state_short_form_before_title_and_comma(facts_of):
    facts = facts_of("Speaking in Nairobi, the United States (US) Trade Representative, Katherine Tai, "
                     "promised to look again at the tariffs on coffee.", published=_DAY)
    one(facts, "Katherine Tai", "HOLDS_ROLE", "United States")


def test_short_form_inside_the_bodys_name(facts_of):
    facts = facts_of("The Secretary-General of its Gulf Cooperation Council (GCC) Secretariat, "
                     "Jasem Albudaiwi, arrived in Muscat for the talks.", published=_DAY)
    assert "Gulf Cooperation Council" in posts_of(facts, "Albudaiwi")


def test_bracketed_aside_that_is_no_short_form_still_ends_the_phrase(facts_of):
    facts = facts_of("Officials from Ruritania (a small inland state) and the spokesman, Anton Weller, "
                     "arrived at the border crossing on Monday.", published=_DAY)
    assert "Ruritania" not in posts_of(facts, "Weller")
