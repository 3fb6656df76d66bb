"""Each input format through iter_inputs, on the seeds and on small files written for it."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from ingest.errors import InputErrorCode, LoadFailure
from ingest.loaders import iter_inputs
from schemas.models import Article, article_id_for_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INPUTS = ROOT / "tests" / "data" / "inputs"


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, LoadFailure)])


def test_seed_directory_gives_five_articles_in_sorted_order():
    articles, failures = split(iter_inputs([str(SEEDS)]))
    assert failures == []
    assert [Path(a.source).name[:3] for a in articles] == ["000", "001", "002", "003", "004"]
    assert all(a.source.startswith(str(SEEDS)) for a in articles)
    assert [a.published for a in articles] == [
        dt.date(2023, 7, 26), None, dt.date(2024, 1, 27), None, dt.date(2023, 9, 15)]
    for article in articles:
        assert article.id == article_id_for_text(article.text)
        assert "Advertisement" not in article.text and "Share\n" not in article.text


def test_same_article_read_twice_has_the_same_identity(tmp_path):
    (path,) = SEEDS.glob("002_*.txt")
    copy = tmp_path / "copy.txt"
    copy.write_bytes(path.read_bytes())
    (first,), _ = split(iter_inputs([str(path)]))
    (second,), _ = split(iter_inputs([str(copy)]))
    assert first.id == second.id and first.text == second.text


def test_html_page_text_title_and_date_from_metadata():
    (article,), failures = split(iter_inputs([str(INPUTS / "defence_pact.html")]))
    assert failures == []
    assert article.title == "Finland signs defence cooperation agreement with the United States"
    assert article.published == dt.date(2023, 12, 18)
    assert ("Finnish Defence Minister Antti Häkkänen and U.S. Secretary of State Antony Blinken "
            "signed a defence cooperation agreement in Washington on Monday") in article.text
    assert "Blinken said the United States would stand with Finland as an ally" in article.text
    assert "MARKER" not in article.text  # script, style, nav, iframe, noscript, aside, footer
    assert "By Example Staff" not in article.text


def test_markdown_article_hard_wrapped_lines_joined():
    (article,), failures = split(iter_inputs([str(INPUTS / "briefing.md")]))
    assert failures == []
    assert article.title == "Blinken visits Kyiv"
    assert article.published == dt.date(2024, 5, 14)
    assert ("arrived in Kyiv on Tuesday on an unannounced visit, the first by a senior U.S. official "
            "since Congress approved a new package of military aid for Ukraine.") in article.text
    assert "meet President Volodymyr Zelenskyy later in the day." in article.text
    assert "Tags:" not in article.text and "Share this article" not in article.text
    assert "#" not in article.text


def test_json_lines_records_and_their_failures():
    path = str(INPUTS / "wire.jsonl")
    articles, failures = split(iter_inputs([path]))
    assert [a.source for a in articles] == [path] * 3
    first, from_html, last = articles
    assert first.id == "wire-001"
    assert first.title == "Blinken visits Beijing"
    assert first.url == "https://example.org/a1"
    assert first.published == dt.date(2023, 6, 19)
    assert first.outlet == "Example Wire"
    assert from_html.id == article_id_for_text(from_html.text)
    assert from_html.published == dt.date(2023, 9, 13)  # the record's `published` wins
    assert "Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome" in from_html.text
    assert "<p>" not in from_html.text
    assert last.id == "wire-006"
    assert [(f.source, f.code) for f in failures] == [
        (f"{path}:3", InputErrorCode.MALFORMED_JSON),
        (f"{path}:4", InputErrorCode.MISSING_TEXT),
        (f"{path}:5", InputErrorCode.BAD_FIELD),
    ]
    assert "published" in failures[2].reason and "last Tuesday" in failures[2].reason


def test_json_list_of_articles():
    path = str(INPUTS / "briefs.json")
    (first, second), failures = split(iter_inputs([path]))
    assert failures == []
    assert first.id == "brief-1" and first.outlet == "Example Wire"
    assert first.published == dt.date(2023, 9, 4)
    assert second.id == article_id_for_text(second.text)
    assert second.text.startswith("Indian Prime Minister Narendra Modi visited Moscow on Monday")


def test_json_single_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text('{"id": 42, "text": "Chinese President Xi Jinping visited Moscow on Monday '
                    'for talks with Russian President Vladimir Putin."}', encoding="utf-8")
    (article,), failures = split(iter_inputs([str(path)]))
    assert failures == [] and article.id == "42"


def test_stdin_formats_are_recognised():
    text = "Japanese Prime Minister Fumio Kishida visited Kyiv on Tuesday and met Volodymyr Zelenskyy.\n"
    (plain,), _ = split(iter_inputs(["-"], stdin=io.StringIO(text)))
    assert plain.source == "-" and plain.text == text.strip()

    jsonl = (INPUTS / "wire.jsonl").read_text(encoding="utf-8")
    articles, failures = split(iter_inputs(["-"], stdin=io.StringIO(jsonl)))
    assert [a.id for a in articles][0] == "wire-001" and len(articles) == 3
    assert [f.source for f in failures] == ["-:3", "-:4", "-:5"]

    listing = (INPUTS / "briefs.json").read_text(encoding="utf-8")
    articles, failures = split(iter_inputs(["-"], stdin=io.StringIO(listing)))
    assert len(articles) == 2 and failures == []

    html = (INPUTS / "defence_pact.html").read_text(encoding="utf-8")
    (page,), failures = split(iter_inputs(["-"], stdin=io.StringIO(html)))
    assert page.published == dt.date(2023, 12, 18) and "MARKER" not in page.text


def test_stdin_bytes_through_a_real_pipe():
    """`-` on a real process's stdin: bytes decoded the same way as a file."""
    code = (
        "import sys; from ingest.loaders import iter_inputs\n"
        "for item in iter_inputs(['-']): print(getattr(item, 'text', item))\n"
    )
    text = "Turkish President Recep Tayyip Erdogan said Türkiye would host the talks.\n"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", code], input=text.encode("cp1252"),
                            capture_output=True, cwd=ROOT, check=True, env=env)
    assert result.stdout.decode("utf-8").strip() == text.strip()


def test_importing_loaders_does_not_import_heavy_libraries():
    code = (
        "import sys, ingest.loaders\n"
        "print(sorted(m for m in ('spacy', 'trafilatura', 'py3langid', 'dateparser') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_english_wire_copy_about_nigeria_is_not_refused_as_pidgin(tmp_path):
    """The language model calls short English copy full of Nigerian names Nigerian Pidgin (found by
    the soak, tests/test_soak.py); a real foreign article is still refused."""
    path = tmp_path / "abuja.jsonl"
    path.write_text(
        '{"id": "ng-1", "text": "ABUJA, June 4 (Wire) - Nigerian President Muhammadu Buhari met Ghanaian '
        'President Nana Akufo-Addo in Abuja on Monday to discuss migration, officials said."}\n'
        '{"id": "de-1", "text": "Bundeskanzler Olaf Scholz ist am Montag zu einem Besuch in Peking '
        'eingetroffen, wo er mit dem chinesischen Staatschef über den Handel sprechen will."}\n',
        encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[0], Article) and items[0].id == "ng-1"
    assert isinstance(items[1], LoadFailure) and items[1].code == InputErrorCode.LANGUAGE


def test_plain_english_is_read_without_loading_the_language_model(tmp_path):
    """The language model costs ~0.7 s a process: an article full of English function words is
    English without it; a foreign article still gets the model's verdict (and is refused)."""
    english = tmp_path / "en.jsonl"
    english.write_text(json.dumps({"id": "en-1", "text": (
        "The foreign minister of Ruritania said on Tuesday that talks with the government of "
        "Freedonia would resume next month, after a meeting in which both sides had agreed to "
        "exchange prisoners. The minister, who has held the post since 2019, said the talks "
        "were the first of their kind.")}) + "\n", encoding="utf-8")
    german = tmp_path / "de.txt"
    german.write_text("Der Außenminister von Ruritanien sagte am Dienstag, die Gespräche mit der "
                      "Regierung von Freedonia würden im nächsten Monat wieder aufgenommen, nachdem "
                      "beide Seiten bei einem Treffen vereinbart hätten, Gefangene auszutauschen.",
                      encoding="utf-8")
    code = (
        "import sys\n"
        "from ingest.loaders import iter_inputs\n"
        f"first = list(iter_inputs([{str(english)!r}]))\n"
        "print(type(first[0]).__name__, 'py3langid' in sys.modules)\n"
        f"second = list(iter_inputs([{str(german)!r}]))\n"
        "print(getattr(second[0], 'code', None), 'py3langid' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.split("\n")[:2] == ["Article False", f"{InputErrorCode.LANGUAGE} True"]


def test_html_with_control_characters_or_lone_surrogates_loads_or_is_refused_in_one_line(tmp_path):
    # a control character in a page's text crashed the batch (lxml refuses the node: found by
    # test_hypothesis_inputs); a lone surrogate silently cut the paragraph's text at it
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "ctl", "html": "<p>\u001f</p>"},
        {"id": "sur", "html": "<p>Kenya's president visited Uganda \ud800 on Tuesday to open a road.</p>"},
    ]) + "\n", encoding="utf-8")
    articles, failures = split(iter_inputs([str(path)]))
    assert [(f.source, f.code) for f in failures] == [(f"{path}:1", InputErrorCode.EMPTY)]
    [page] = articles
    assert "visited Uganda" in page.text and "on Tuesday to open a road" in page.text
