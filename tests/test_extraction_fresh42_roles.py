"""Party posts and a form of address fresh agency and regional news showed in stop 42, each in
phrasings of our own.

- southern African parties the gazetteer lacked: the African National Congress ("ANC"), the
  South African Communist Party ("SACP", "SA Communist Party") and ZANU-PF ("Zanu-PF", "ZANU
  PF"): a post before the name is the party's, written by its name, not the bare initials nor
  the party's state ("SACP general secretary X" is no post of South Africa);
- "Cde" (comrade), the form of address of Zimbabwean and South African party copy, is no part
  of the name after it ("Zanu-PF chairperson Cde A B": the person is A B).

Sentences are our own; articles are dated as each test says."""

from tests.facts import one


def _roles(facts, subject=None):
    return [f for f in facts if f.relation == "HOLDS_ROLE" and (subject is None or f.subject == subject)]


# ---- party posts ----------------------------------------------------------------------------
def test_anc_post_names_the_party(facts_of):
    facts = facts_of("ANC treasurer general Thandiwe Mokoena told branch delegates in Durban that the books were balanced.")
    one(facts, "Thandiwe Mokoena", "HOLDS_ROLE", "African National Congress")


def test_sacp_post_is_the_party_s_not_the_state_s(facts_of):
    facts = facts_of("SACP deputy general secretary Sipho Dlamuka closed the central committee session on Sunday.")
    one(facts, "Sipho Dlamuka", "HOLDS_ROLE", "South African Communist Party")


def test_zanu_pf_post_names_the_party(facts_of):
    facts = facts_of("Zanu-PF youth secretary Tendai Marufu spoke to reporters outside the party offices in Harare.")
    one(facts, "Tendai Marufu", "HOLDS_ROLE", "ZANU-PF")


# ---- "Cde" before a name -------------------------------------------------------------------
def test_comrade_address_is_no_part_of_the_name(facts_of):
    facts = facts_of("Zanu-PF national chairperson Cde Rudo Nyathi addressed supporters in Gweru on Saturday.")
    one(facts, "Rudo Nyathi", "HOLDS_ROLE", "ZANU-PF")
    assert not [f for f in facts if f.subject.startswith("Cde")]


# ---- guard: a party's officer holds no post of the party's state ---------------------------
def test_party_officer_holds_no_post_of_the_state(facts_of):
    facts = facts_of("The South African Communist Party's national chairperson Lerato Mabuza urged members to register, "
                     "and ANC spokesperson Kagiso Molefe said the alliance was intact.")
    assert not [f for f in _roles(facts) if f.object == "South Africa"]
    assert not [f for f in _roles(facts) if f.object in ("ANC", "SACP")]
