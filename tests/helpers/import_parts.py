"""The importer's corpus parts (``tests/import_cases/<part>``) run through the real command line, and
the checks their test modules share."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from newsroom.article import Article, load_article
from newsroom.importer.markup import plain_list_item
from tests.helpers import import_reports

FALLBACK_DATE = "2001-02-03"
"""The date the command line gives a text without one."""


def plain(markdown: str) -> str:
    """The text a reader sees from the escaped Markdown: backslash escapes and entities undone."""
    return html.unescape(re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", markdown))


def cases_of(part: Path) -> list[Path]:
    """The part's expected labels, one JSON file a case, sorted by name."""
    return sorted((part / "expected").glob("*.json"))


def import_part(part: Path, out: Path) -> dict[str, dict]:
    """All the part's cases imported in one run of the command line: case name -> JSON report."""
    inputs = [part / "raw" / f"{path.stem}.txt" for path in cases_of(part)]
    return import_reports(inputs, "--out", out, "--date", FALLBACK_DATE, "--no-progress")


def imported_article(expected_path: Path, imported: dict[str, dict]) -> Article:
    """The article the command line wrote for the case of ``expected_path``."""
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    return load_article(Path(report["output"]))


def assert_body_kept(
    article: Article, expected: dict, raw: bytes, *, debris_removed: bool = True, body_kept: bool = True
) -> None:
    """With ``body_kept``, every line of the raw text that is neither debris, metadata, the title, the
    subtitle, the caption nor the credit is in the body word for word (a bulleted line as its Markdown
    list item); with ``debris_removed``, no labelled debris line is."""
    if debris_removed:
        kept = debris_kept(article, expected)
        assert not kept, f"debris kept: {kept}"
    if body_kept:
        lost = body_lost(article, expected, raw)
        assert not lost, f"body lines lost or changed: {lost}"


def _body_lines(article: Article) -> set[str]:
    return {line.strip() for line in plain(article.body).splitlines() if line.strip()}


def debris_kept(article: Article, expected: dict) -> list[str]:
    """The case's labelled debris lines that are in the body, sorted."""
    return sorted({line.strip() for line in expected["debris_lines"]} & _body_lines(article))


def body_lost(article: Article, expected: dict, raw: bytes) -> list[str]:
    """The raw text's lines, in order, that are neither debris, metadata, the title, the subtitle, the caption nor
    the credit and are not in the body word for word (nor, a bulleted line, as its Markdown list item)."""
    body = _body_lines(article)
    others = {line.strip() for line in expected["debris_lines"]} | set(expected["metadata_lines"]) | {expected["title"]}
    others |= {article.subtitle, article.image and article.image.caption, article.image and article.image.credit}
    wanted = [line.strip() for line in raw.decode("utf-8-sig").splitlines() if line.strip()]
    return [line for line in wanted if line not in others and line not in body and plain_list_item(line) not in body]


def assert_case_met(
    part: Path,
    expected_path: Path,
    imported: dict[str, dict],
    *,
    people: bool = True,
    debris_removed: bool = True,
    body: bool = True,
) -> Article:
    """The case's title, language, date (the fallback when it has none) and, with ``people``, people
    are the labelled ones; with ``body``, its body lines are kept; with ``debris_removed``, its debris
    is gone."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = imported_article(expected_path, imported)
    assert article.title == expected["title"]
    assert article.lang == expected["lang"]
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
    if people:
        assert sorted(article.people) == sorted(expected["people"])
    raw = (part / "raw" / f"{expected_path.stem}.txt").read_bytes()
    assert_body_kept(article, expected, raw, debris_removed=debris_removed, body_kept=body)
    return article


CHECKS = ("title", "lang", "date", "people", "debris", "body")
"""A case's checks, as ``assert_case_met`` makes them: debris is no labelled debris line in the body, body every body
line kept."""


def case_values(part: Path, expected_path: Path, imported: dict[str, dict]) -> dict[str, tuple[object, object]]:
    """Each of the case's ``CHECKS`` -> (the labelled value, the imported one): the check is met when they are equal
    (debris: the debris lines kept, none labelled; body: the body lines lost, none labelled). A case the command line
    made no article of has its report's status for every imported value."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    wanted: dict[str, object] = {
        "title": expected["title"],
        "lang": expected["lang"],
        "date": expected["date"] or FALLBACK_DATE,
        "people": sorted(expected["people"]),
        "debris": [],
        "body": [],
    }
    report = imported[expected_path.stem]
    if report["status"] != "created":
        return {check: (value, f"no article ({report['status']})") for check, value in wanted.items()}
    article = load_article(Path(report["output"]))
    raw = (part / "raw" / f"{expected_path.stem}.txt").read_bytes()
    got: dict[str, object] = {
        "title": article.title,
        "lang": article.lang,
        "date": article.date.isoformat(),
        "people": sorted(article.people),
        "debris": debris_kept(article, expected),
        "body": body_lost(article, expected, raw),
    }
    return {check: (wanted[check], got[check]) for check in CHECKS}
