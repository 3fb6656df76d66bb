"""A state's own bodies named like international ones (stop 42).

"Security Council", "General Assembly" and "Human Rights Council" are aliases of UN organs that
states' own bodies also bear (organizations.json `shared_aliases`). Such an alias is the UN organ
only where nothing around it names another owner: after a state's possessive or demonym it is that
state's own body (the state acts and employs), and capitalised words before it make a longer name,
another body's. Alone, in a UN context, it stays the UN organ. Sentences are our own; articles are
dated as each test says."""
import datetime as dt

from schemas.models import Article
from tests.facts import one

UNSC = "United Nations Security Council"


def _result(extractor, text, published=dt.date(2024, 3, 8)):
    return extractor.extract(Article(id="t", text=text, source="test", published=published))


def test_a_states_possessive_security_council_is_the_states_own_body(extractor):
    res = _result(extractor, "Valentina Orlova, deputy secretary of Georgia's Security Council, told "
                             "reporters in Tbilisi on Thursday that the border talks would resume.")
    assert UNSC not in {e.name for e in res.entities}
    one(res.facts, "Valentina Orlova", "HOLDS_ROLE", "Georgia")


def test_a_states_possessive_security_council_acting_is_the_state(extractor):
    res = _result(extractor, "Azerbaijan's Security Council on Monday denounced Armenia over the "
                             "shelling of border villages near Tovuz.")
    assert UNSC not in {e.name for e in res.entities}
    one(res.facts, "Azerbaijan", "CONDEMNED", "Armenia")
    assert not [f for f in res.facts if UNSC in (f.subject, f.object)]


def test_a_demonym_before_the_councils_title_keeps_the_un_body_out(extractor):
    res = _result(extractor, "Kyrgyz Security Council Secretary Bolot Asanov held talks with Uzbek "
                             "envoy Rustam Karimov in Bishkek on Tuesday.")
    assert UNSC not in {e.name for e in res.entities}
    one(res.facts, "Bolot Asanov", "HOLDS_ROLE", "Kyrgyzstan")


def test_a_longer_capitalised_name_around_the_alias_is_another_body(extractor):
    res = _result(extractor, "A spokesman for the National Security Council, Omar Haddad, said on "
                             "Sunday that the review of the border deployment was complete.")
    assert UNSC not in {e.name for e in res.entities}


def test_a_blocs_collective_security_council_is_not_the_un_one(extractor):
    res = _result(extractor, "Members of the Collective Security Council are due to gather in Yerevan "
                             "next month to review the joint air defence plan.")
    assert UNSC not in {e.name for e in res.entities}


def test_a_states_supreme_national_security_council_holds_its_secretarys_post(extractor):
    res = _result(extractor, "Reza Karimi, secretary of Iran's Supreme National Security Council, "
                             "arrived in Baghdad on Wednesday for talks on border security.")
    assert UNSC not in {e.name for e in res.entities}
    one(res.facts, "Reza Karimi", "HOLDS_ROLE", "Iran")


def test_the_bare_security_council_in_a_un_context_stays_the_un_organ(extractor):
    """Guard: nothing names another owner, so the UN organ acts as before."""
    res = _result(extractor, "The Security Council on Friday condemned North Korea for its latest "
                             "ballistic missile launch, diplomats at the United Nations said.")
    one(res.facts, UNSC, "CONDEMNED", "North Korea")


def test_a_states_envoy_addressing_the_security_council_leaves_it_the_un_organ(extractor):
    """Guard: a possessive that owns the envoy, not the council, makes no state's body."""
    res = _result(extractor, "Ukraine's UN ambassador Sergiy Kyslytsya told the Security Council on "
                             "Monday that Russia had struck the port of Odesa again.")
    assert UNSC in {e.name for e in res.entities}
