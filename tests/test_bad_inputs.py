"""A batch full of bad inputs: each one is one LoadFailure naming it, the good files still load.

Binary, PDF, spreadsheet and re-encoded files are made here in tmp_path, not committed.
"""
from __future__ import annotations

import collections
import os
import zipfile
from pathlib import Path

import pytest

from ingest.errors import InputErrorCode as Code
from ingest.errors import LoadFailure
from ingest.loaders import MAX_ARTICLE_CHARS, iter_inputs
from schemas.models import Article

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = (
    "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in "
    "Istanbul on Friday, and Türkiye agreed to back Kyiv’s bid to join NATO, Zelenskyy’s office said."
)
GERMAN = (
    "Bundeskanzler Olaf Scholz ist am Montag zu einem Besuch in Peking eingetroffen, wo er mit dem "
    "chinesischen Staatschef Xi Jinping über den Krieg in der Ukraine und die Handelsbeziehungen "
    "zwischen beiden Ländern sprechen will. Begleitet wird er von mehreren Ministern und Managern."
)
FRENCH = (
    "Le président français Emmanuel Macron a reçu mardi à l'Élysée le Premier ministre indien "
    "Narendra Modi, avec lequel il a évoqué la guerre en Ukraine et la coopération militaire entre "
    "les deux pays, selon un communiqué de la présidence."
)
HTML_WITH_HIDDEN_TEXT = """<!DOCTYPE html><html><head><title>Putin and Xi meet in Beijing</title>
<style>p.hidden { content: "STYLE-MARKER"; }</style>
<script>window.data = {"text": "SCRIPT-MARKER"};</script></head>
<body><nav><ul><li>NAV-MARKER World</li><li>Politics</li></ul></nav>
<iframe srcdoc="<p>IFRAME-ATTR-MARKER</p>">IFRAME-MARKER</iframe>
<noscript>NOSCRIPT-MARKER enable JavaScript</noscript>
<main><h1>Putin and Xi meet in Beijing</h1>
<p>Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday, and the two leaders pledged to deepen their strategic partnership.</p>
<script>document.write("INLINE-SCRIPT-MARKER")</script>
<p>It was Putin's first foreign trip since he was sworn in for a fifth term as president earlier this month.</p>
</main></body></html>"""


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def xlsx_bytes(tmp_path: Path) -> bytes:
    """A minimal spreadsheet package (a zip with a workbook part), as Excel writes them."""
    target = tmp_path / "made.xlsx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='Articles'/></sheets></workbook>")
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet><v>{ENGLISH}</v></worksheet>")
    data = target.read_bytes()
    target.unlink()
    return data


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    write(d / "good.txt", ENGLISH + "\n")
    write(d / "latin1.txt", ENGLISH.replace("’", "'").encode("latin-1"))
    write(d / "cp1252.txt", ENGLISH.encode("cp1252"))
    write(d / "utf16.txt", ENGLISH.encode("utf-16"))  # with BOM
    write(d / "utf8bom.md", b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    write(d / "page.html", HTML_WITH_HIDDEN_TEXT)
    write(d / "binary.txt", b"\x00\x01\x02ELF\x00\x00" + os.urandom(200).replace(b"\n", b"") + b"\x00")
    write(d / "control.txt", bytes(range(1, 9)) * 100)
    write(d / "report.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    write(d / "renamed_pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    write(d / "sheet.xlsx", xlsx_bytes(tmp_path))
    write(d / "sheet_as.txt", xlsx_bytes(tmp_path))
    write(d / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    write(d / "table.csv", "id,text\n1,hello\n")
    write(d / "notes.xyz", ENGLISH)
    write(d / "empty.txt", b"")
    write(d / "blank.md", "  \n\n\t \n")
    write(d / "furniture.txt", "Skip to main content\nShare\n- Advertisement -\nLeave a Comment\n")
    write(d / "german.txt", GERMAN)
    write(d / "french.md", FRENCH)
    write(d / "long.txt", "".join(f"{ENGLISH} It was dispatch number {n}.\n\n"
                                  for n in range(MAX_ARTICLE_CHARS // len(ENGLISH) + 10)))
    write(d / "bad.json", '[{"text": "Putin met Xi in Beijing."}, ')
    write(d / ".hidden.txt", "Hidden files are skipped, never read.")
    write(d / "nested" / "deeper" / "short.txt", "Kim Jong Un met Putin in Vladivostok.")
    return d


def by_name(items) -> dict[str, list]:
    grouped = collections.defaultdict(list)
    for item in items:
        grouped[Path(item.source.split(":")[0]).name].append(item)
    return grouped


EXPECTED_FAILURES = {
    "binary.txt": (Code.BINARY, "NUL"),
    "control.txt": (Code.BINARY, "unprintable"),
    "report.pdf": (Code.UNSUPPORTED, ".pdf: convert to .txt or .html"),
    "renamed_pdf.txt": (Code.UNSUPPORTED, "PDF"),
    "sheet.xlsx": (Code.UNSUPPORTED, ".xlsx"),
    "sheet_as.txt": (Code.UNSUPPORTED, "zip"),
    "old.xls": (Code.UNSUPPORTED, ".xls"),
    "table.csv": (Code.UNSUPPORTED, ".csv"),
    "notes.xyz": (Code.UNSUPPORTED, ".xyz"),
    "empty.txt": (Code.EMPTY, "empty"),
    "blank.md": (Code.EMPTY, "empty"),
    "furniture.txt": (Code.EMPTY, "empty after removing boilerplate"),
    "german.txt": (Code.LANGUAGE, "'de', only English is supported"),
    "french.md": (Code.LANGUAGE, "'fr'"),
    "long.txt": (Code.TOO_LONG, "200,000"),
    "bad.json": (Code.MALFORMED_JSON, "not valid JSON"),
}
EXPECTED_ARTICLES = {"good.txt", "latin1.txt", "cp1252.txt", "utf16.txt", "utf8bom.md", "page.html",
                     "short.txt"}


def test_each_bad_input_is_one_failure_and_good_ones_still_load(batch):
    grouped = by_name(iter_inputs([str(batch)]))
    assert set(grouped) == set(EXPECTED_FAILURES) | EXPECTED_ARTICLES  # .hidden.txt never read
    for name, (code, words) in EXPECTED_FAILURES.items():
        (failure,) = grouped[name]
        assert isinstance(failure, LoadFailure)
        assert (failure.code, Path(failure.source).name) == (code, name), failure
        assert words in failure.reason, failure
        assert str(failure).startswith(str(batch / name)) and failure.code in str(failure)
    for name in EXPECTED_ARTICLES:
        (article,) = grouped[name]
        assert isinstance(article, Article), article


def test_legacy_and_unicode_encodings_are_decoded(batch):
    grouped = by_name(iter_inputs([str(batch)]))
    for name in ("good.txt", "cp1252.txt", "utf16.txt", "utf8bom.md"):
        (article,) = grouped[name]
        assert article.text == ENGLISH, name
        assert "Zelenskyy’s" in article.text and "Türkiye" in article.text
    (latin1,) = grouped["latin1.txt"]
    assert "Türkiye" in latin1.text and "Zelenskyy's office" in latin1.text
    assert not latin1.text.startswith("\ufeff")
    ids = {grouped[name][0].id for name in ("good.txt", "cp1252.txt", "utf16.txt", "utf8bom.md")}
    assert len(ids) == 1  # same text, same article, whatever the encoding


def test_html_script_style_nav_iframe_noscript_never_become_text(batch):
    (page,) = by_name(iter_inputs([str(batch / "page.html")]))["page.html"]
    assert "Putin met Chinese President Xi Jinping in Beijing on Thursday" in page.text
    assert "first foreign trip since he was sworn in for a fifth term" in page.text
    assert "MARKER" not in page.text and "JavaScript" not in page.text
    assert page.title == "Putin and Xi meet in Beijing"


def test_html_without_main_text_markup_falls_back_to_visible_text(tmp_path):
    page = write(tmp_path / "tiny.htm", "<html><head><script>var x='SCRIPT-MARKER';</script></head>"
                 "<body><nav>NAV-MARKER</nav><div>Kishida met Biden.</div></body></html>")
    (article,) = list(iter_inputs([str(page)]))
    assert isinstance(article, Article), article
    assert article.text == "Kishida met Biden."


def test_short_english_full_of_foreign_names_is_not_rejected(tmp_path):
    short = write(tmp_path / "names.txt", "Park Myung-ho met Choe Son Hui and Sun Weidong in Pyongyang.")
    (article,) = list(iter_inputs([str(short)]))
    assert isinstance(article, Article)


@pytest.mark.timeout(60)
def test_symlink_loop_is_reported_once_and_does_not_hang(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", ENGLISH)
    write(root / "sub" / "b.txt", "Indian Prime Minister Narendra Modi visited Moscow on Monday.")
    os.symlink(root, root / "sub" / "back_to_root")
    os.symlink(root / "self_link.txt", root / "self_link.txt")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    items = list(iter_inputs([str(root)]))
    loops = [i for i in items if isinstance(i, LoadFailure) and i.code == Code.SYMLINK_LOOP]
    assert sorted(Path(i.source).name for i in loops) == ["back_to_root", "self_link.txt"]
    assert all("symlink loop" in i.reason for i in loops)
    articles = [i for i in items if isinstance(i, Article)]
    assert sorted(Path(a.source).name for a in articles) == ["a.txt", "b.txt"]
    (dangling,) = [i for i in items if isinstance(i, LoadFailure) and i.code == Code.NOT_FOUND]
    assert dangling.source.endswith("dangling.txt") and "broken symlink" in dangling.reason


def test_missing_path_is_reported_and_the_rest_still_loads(tmp_path):
    good = write(tmp_path / "good.txt", ENGLISH)
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], LoadFailure) and items[0].code == Code.NOT_FOUND
    assert "no such file" in items[0].reason
    assert isinstance(items[1], Article)


def test_empty_and_binary_stdin(tmp_path):
    import io

    (failure,) = list(iter_inputs(["-"], stdin=io.StringIO("   \n")))
    assert (failure.source, failure.code) == ("-", Code.EMPTY)


def test_bad_json_records_each_named_with_their_position(tmp_path):
    path = write(tmp_path / "mixed.json",
                 '[{"text": "Putin met Xi Jinping in Beijing on Thursday."}, "just a string", '
                 '{"text": 12}, {"html": "   "}]')
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[0], Article)
    assert [(i.source, i.code) for i in items[1:]] == [
        (f"{path}#2", Code.MALFORMED_JSON), (f"{path}#3", Code.BAD_FIELD), (f"{path}#4", Code.EMPTY)]
