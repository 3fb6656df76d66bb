"""Name spans that carried page debris or a post's letters, in phrasings of our own (stop 38).

- A post or honour a page writes in capitals before a name ("MOS", "HC", "MP", "MBE") or after
  it ("APM"), a form of address ("Madame") and the last word of "Chargé d' Affaires" are no part
  of the person's name: the fact is the person's.
- Two words a page ran together where it lost a space ("LagosPresident X Y", "KenyaZ W") are
  split again by the cleaner (the loader's step, run here before extraction) when the split is
  certain, so the person is read apart from the word before.
- A photo credit joined by slashes ("A B/AFP") names no actor.

Sentences are our own; articles are dated the wire day unless a test says otherwise."""
from ingest.cleaning import clean_article_text
from tests.facts import WIRE_DAY, one


def test_capital_letters_of_a_junior_minister_post_before_a_name(facts_of):
    facts = facts_of("On Monday MOS Pankaj Chaudhary held talks with Ghanaian President John Mahama in New Delhi.")
    one(facts, "Pankaj Chaudhary", "MET_WITH", "John Mahama")


def test_a_high_commissioners_letters_before_a_name(facts_of):
    facts = facts_of("HC Robert Tanner held talks with Fijian Prime Minister Sitiveni Rabuka in Suva on Tuesday.")
    one(facts, "Robert Tanner", "MET_WITH", "Sitiveni Rabuka")


def test_a_legislators_letters_before_a_name(facts_of):
    facts = facts_of("MP Rania Haddad met French President Emmanuel Macron at the Pine Residence on Sunday.")
    one(facts, "Rania Haddad", "MET_WITH", "Emmanuel Macron")


def test_an_honour_written_between_title_and_name(facts_of):
    facts = facts_of("Among the guests were Fiji's Prime Minister Sitiveni Rabuka, Fiji Commissioner of Police "
                     "MBE Rusiate Tudravu and the diplomatic corps.")
    fact = one(facts, "Rusiate Tudravu", "HOLDS_ROLE", "Fiji")
    assert fact.title == "Commissioner of Police", fact.title


def test_an_honour_after_a_name(facts_of):
    facts = facts_of("Australian Federal Police Commissioner Jane Ross APM met Indonesian President Joko Widodo "
                     "in Jakarta on Monday.")
    one(facts, "Jane Ross", "MET_WITH", "Joko Widodo")


def test_madame_before_a_name(facts_of):
    facts = facts_of("Madame Liu Wen met Zambian President Hakainde Hichilema at State House in Lusaka on Tuesday.")
    one(facts, "Liu Wen", "MET_WITH", "Hakainde Hichilema")


def test_charge_d_affaires_written_with_a_space(facts_of):
    facts = facts_of("US Charge d' Affaires Paul Kendrick met Nigerian Foreign Minister Yusuf Tuggar in Abuja on Monday.")
    one(facts, "Paul Kendrick", "MET_WITH", "Yusuf Tuggar")


def test_a_title_run_onto_the_word_before(facts_of):
    facts = facts_of(clean_article_text("The deal was praised in LagosPresident Bola Tinubu met "
                                        "Ghanaian President Nana Akufo-Addo on Friday."))
    one(facts, "Bola Tinubu", "MET_WITH", "Nana Akufo-Addo")


def test_a_state_run_onto_the_name_after_it(facts_of):
    facts = facts_of(clean_article_text("Regional leaders gathered in Nairobi, and in a side session KenyaWilliam Samoei Ruto "
                     "met Ethiopian Prime Minister Abiy Ahmed on Sunday."))
    one(facts, "William Samoei Ruto", "MET_WITH", "Abiy Ahmed")


def test_a_photo_credit_names_no_actor(extractor):
    from schemas.models import Article

    result = extractor.extract(Article(
        id="t", source="test", published=WIRE_DAY,
        text="Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Monday.\n\n"
             "Ukrainian soldiers walk past a destroyed tank near Bakhmut. Marta Kowalska/AFP"))
    one(result.facts, "Volodymyr Zelensky", "MET_WITH", "Andrzej Duda")
    names = [a for e in result.entities for a in e.aliases]
    assert not [a for a in names if "/" in a or "Kowalska" in a], names
