"""Whole news pages, not passages (stop 31, the pages helper): the furniture a scraped page
carries around its story must not become the headline, and must not be read as prose.

- a lone "logo" line, an "Accessibility links" line and an ad plugin's "No ads found for this
  position" line are page furniture, not the headline;
- a ticker of "• item |" lines under a "News updates" label at the page top is no article text;
- a "Popular posts from this blog" list and the teasers after a bare "Tags:" line in the second
  half of the page are the page's trailing furniture;
- an unknown name printed before "district" or "province" is a part of a state, and one before
  "village" or "town" a settlement: neither is a state.

Every page here is invented (names, places and wording are our own); articles are dated
Friday 8 March 2024.
"""

from ingest.cleaning import clean_article
from schemas.models import Article
from tests.facts import WIRE_DAY, find


def _page(text: str) -> Article:
    cleaned = clean_article(text)
    return Article(id="p", text=cleaned.text, source="test", title=cleaned.title, published=WIRE_DAY)


def test_a_lone_logo_line_is_no_headline():
    cleaned = clean_article("logo\n\nThe premier of Ruritania will open a new port at Strelsau "
                            "on Thursday, his office announced.\n\nThe port cost two billion crowns.")
    assert cleaned.title is None
    assert "logo" not in cleaned.text


def test_accessibility_links_line_is_no_headline():
    cleaned = clean_article("Accessibility links\n\nPeru Opens Talks With Chile Over Fishing Limits\n\n"
                            "Peru's trade minister opened talks with Chilean officials in Lima on Tuesday "
                            "about the catch limits both fleets must respect.\n\n"
                            "The talks are due to last three days.")
    assert cleaned.title == "Peru Opens Talks With Chile Over Fishing Limits"
    assert "Accessibility" not in cleaned.text


def test_an_ad_plugin_line_is_not_joined_to_the_headline():
    cleaned = clean_article("No ads found for this position\nFloods cut the coast road near Tumbes\n"
                            "No ads found for this position\nLIMA: MARCH 7 - Heavy rain cut the coast road "
                            "near Tumbes for a second day, the transport office said on Thursday.\n"
                            "Crews were clearing mud from three bridges.")
    assert cleaned.title == "Floods cut the coast road near Tumbes"
    assert "No ads" not in cleaned.text


def test_a_news_ticker_at_the_page_top_is_no_article_text(extractor):
    page = ("News updates\n"
            "  •  Lisbon port strike enters third week     |     \n"
            "  •  Talks stall as Lima and Quito trade blame over border tolls     |     \n"
            "  •  Minister tours Porto shipyards     |     \n\n"
            "Chile names new envoy to Argentina\n\n"
            "Chile has named veteran diplomat Ramona Vidal as its ambassador to Argentina, "
            "the foreign ministry said on Thursday.\n\n"
            "Vidal served for six years as consul in Mendoza.")
    cleaned = clean_article(page)
    assert cleaned.title == "Chile names new envoy to Argentina"
    assert "Lisbon" not in cleaned.text and "Quito" not in cleaned.text
    result = extractor.extract(_page(page))
    names = {e.name for e in result.entities}
    assert not names & {"Lisbon", "Quito", "Porto"}
    assert not [f for f in result.facts if "Portugal" in (f.subject, f.object)]


def test_popular_posts_from_this_blog_end_the_page():
    page = ("Norway condemns shelling of ferry port\n\n"
            "Norway on Wednesday condemned the shelling of a ferry port in the north of "
            "Ruritania that wounded eleven dock workers.\n\n"
            "\"We call on all sides to spare civilian harbours,\" a ministry spokeswoman told "
            "reporters in Oslo.\n\n"
            "Popular posts from this blog\n\n"
            "Iceland and Greenland sign a fisheries pact in Reykjavik\n\n"
            "Estonia's premier visits Tallinn harbour after the storm")
    cleaned = clean_article(page)
    assert "Popular posts" not in cleaned.text
    assert "Reykjavik" not in cleaned.text and "Tallinn" not in cleaned.text


def test_teasers_after_a_bare_tags_line_are_no_article_text(extractor):
    page = ("Ruritanian jets strike rebel camps - army\n\n"
            "Ruritanian jets struck two rebel camps in the hills of the north on Monday night, "
            "the army said on Tuesday.\n\n"
            "Forty fighters were killed and three trucks destroyed, an army spokesman said.\n\n"
            "The rebels have not commented on the raids so far.\n\n"
            "Tags:\n\n"
            "Estonia and Latvia sign power grid accord\n\n"
            "TALLINN (Agency) President Anneli Saar of Estonia hosted Latvian leaders...\n\n"
            "Read More\n\n"
            "Paraguayan President Tomas Ibarra visits Brasilia\n\n"
            "Read More")
    cleaned = clean_article(page)
    assert "Latvia" not in cleaned.text and "Ibarra" not in cleaned.text
    facts = extractor.extract(_page(page)).facts
    assert not find(facts, "Tomas Ibarra", "VISITED", "Brasília")
    assert not find(facts, "Tomas Ibarra", "VISITED", "Brasilia")
    assert not find(facts, "Anneli Saar", "HOLDS_ROLE", "Estonia")


def _types(extractor, text: str) -> dict[str, str]:
    result = extractor.extract(Article(id="d", text=text, source="test", published=WIRE_DAY))
    return {e.name: e.type.value for e in result.entities}


def test_an_unknown_name_before_district_or_province_is_a_place(extractor):
    types = _types(extractor, "Militants attacked a police post in Kolvaro district of Ruritania "
                              "on Monday, the army said.")
    assert types.get("Kolvaro") == "Place"
    types = _types(extractor, "Floods hit Marrakan province in northern Ruritania on Sunday, "
                              "officials said.")
    assert types.get("Marrakan") == "Place"
    assert types.get("Ruritania") == "State"


def test_an_unknown_name_before_village_is_a_settlement(extractor):
    types = _types(extractor, "Rebels shelled a market in the east of Ruritania on Monday and burned "
                              "houses in Tessik village, the army said.")
    assert types.get("Tessik") == "City"


def test_a_dateline_with_its_date_after_a_colon_is_cut_whole():
    cleaned = clean_article("Storm closes ports in the south\n\n"
                            "LIMA: MARCH 7 – Three ports in southern Peru were shut on Thursday as a "
                            "storm pushed waves over the sea walls, the navy said.\n\n"
                            "Fishing boats were told to stay in harbour.")
    assert cleaned.dateline == "LIMA"
    assert cleaned.dateline_date == "MARCH 7"
    assert cleaned.text.split("\n\n")[1].startswith("Three ports in southern Peru")


def test_an_agency_in_capitals_after_the_date_ends_a_dateline_in_normal_case():
    cleaned = clean_article("Chile welcomes the Andean port deal\n\n"
                            "Santiago, Mar 6, ACN -- Chile's foreign minister welcomed on Wednesday the "
                            "port agreement Peru and Bolivia signed in La Paz.\n\n"
                            "The deal gives Bolivian trucks a lane to the coast.")
    assert cleaned.dateline == "Santiago"
    assert cleaned.dateline_date == "Mar 6"
    assert "ACN" not in cleaned.text
    assert cleaned.text.split("\n\n")[1].startswith("Chile's foreign minister welcomed")
