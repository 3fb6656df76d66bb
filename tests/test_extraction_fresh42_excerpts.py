"""Whole texts as users feed them (stop 42, excerpts helper): a page that prints no date of its
own but opens on a wire dateline whose date carries its year ("Kigali, June 7, 2022 (ABC) – ",
"CITY (Outlet News / Agency - 14th March, 2023) ") is dated by that day, so "today" and "on
Monday" in the copy resolve; a dateline's day without a year dates nothing.

The articles go through the loader (a JSON Lines record with no `published`), as the CLI reads
them. Sentences are our own."""
import json

import pytest

from ingest.loaders import iter_inputs
from tests.facts import one


@pytest.fixture(scope="module")
def undated(extractor, tmp_path_factory):
    """The facts of one JSON Lines record that has no publication date."""
    folder = tmp_path_factory.mktemp("undated")

    def run(text):
        path = folder / "one.jsonl"
        path.write_text(json.dumps({"id": "u", "text": text, "published": None}) + "\n", encoding="utf-8")
        (article,) = list(iter_inputs([str(path)]))
        return article, extractor.extract(article).facts
    return run


def test_a_dated_credit_dates_an_undated_page(undated):
    """The day sits inside the credit's parentheses, after the outlet and the agency."""
    article, facts = undated("BANGKOK (Siam Daily News / Xinhua - 14th March, 2023) Thai Foreign Minister "
                             "Don Pramudwinai held talks with Malaysian Foreign Minister Zambry Abdul Kadir "
                             "on Monday about the border trade corridor.")
    assert str(article.published) == "2023-03-14"
    assert one(facts, "Don Pramudwinai", "MET_WITH", "Zambry Abdul Kadir").date == "2023-03-13"


def test_a_titled_dateline_with_its_year_dates_today(undated):
    article, facts = undated("Kigali, June 7, 2022 (RNA) – Rwandan President Paul Kagame received Burundian "
                             "Foreign Minister Albert Shingiro at Village Urugwiro today to discuss the reopening "
                             "of the border.")
    assert str(article.published) == "2022-06-07"
    assert one(facts, "Paul Kagame", "MET_WITH", "Albert Shingiro").date == "2022-06-07"


def test_guard_a_dateline_day_without_its_year_dates_nothing(undated):
    """"Kigali, June 7 (RNA) – ... today": no year, so no day; the fact stays undated."""
    article, facts = undated("Kigali, June 7 (RNA) – Rwandan President Paul Kagame received Burundian "
                             "Foreign Minister Albert Shingiro at Village Urugwiro today to discuss the reopening "
                             "of the border.")
    assert article.published is None
    assert one(facts, "Paul Kagame", "MET_WITH", "Albert Shingiro").date is None
