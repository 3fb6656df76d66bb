"""Dates on found facts (stop 42): the page's own date printed in figures, ...

A page fed without a publication date prints its own on a short meta line, often in figures:
"Updated: 3/19/2021 6:10 PM", "NEWS 10:45 / 23.11.2021", "Agency | City | Updated: 14-05-2024
09:40 | Created: 14-05-2024 09:31". Dots and dashes put the day first wherever the year
ends the date; a slash date is read only when one of its first two numbers cannot be a month
(10/06/2025 may be either, and is no date). A meta line may print one day twice.

Sentences are our own, in wire style."""
import datetime as dt

import pytest

from ingest.loaders import iter_inputs
from ingest.pubdate import find_publication_date
from tests.facts import one


@pytest.mark.parametrize("line, day", [
    ("Staff Reporter. Updated: 3/19/2021 6:02:11 PM World", dt.date(2021, 3, 19)),
    ("WORLD 09:12 / 14.11.2023 5120", dt.date(2023, 11, 14)),
    ("IANS | Colombo | Updated: 05-02-2020 10:40 IST | Created: 05-02-2020 10:31 IST", dt.date(2020, 2, 5)),
    ("Posted 23/4/2018", dt.date(2018, 4, 23)),
])
def test_a_page_date_in_figures(line, day):
    assert find_publication_date(line + "\n\nThe two ministers met in the capital on Monday.\n") == day


@pytest.mark.parametrize("text", [
    "Press release | 04/08/2022 | Distributed by the ministry",  # April 8 or 4 August
    "The ceasefire signed on 14.11.2023 held for less than a week, officials said on Monday.",  # prose
])
def test_no_page_date_is_guessed_from_figures(text):
    assert find_publication_date(text) is None


def test_a_visit_on_a_page_dated_in_figures(tmp_path, extractor):
    page = tmp_path / "visit.txt"
    page.write_text("Ghana's president arrives in Lome for talks\n\nNEWS 11:20 / 22.09.2021 804\n\n"
                    "Ghanaian President Nana Akufo-Addo arrived in Lome on Tuesday for talks with "
                    "Togolese President Faure Gnassingbe on border security.\n", encoding="utf-8")
    [article] = list(iter_inputs([str(page)]))
    assert article.published == dt.date(2021, 9, 22)
    visit = one(extractor.extract(article).facts, "Nana Akufo-Addo", "VISITED", "Lome")
    assert str(visit.date) == "2021-09-21"
