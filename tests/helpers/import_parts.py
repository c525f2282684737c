"""The importer's corpus parts (``tests/import_cases/<part>``) run through the real command line, and
the checks their test modules share."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsroom.article import Article, load_article
from newsroom.importer.markup import is_list_item, opens_with_dash
from tests.helpers import import_reports
from tests.importer.test_import_corpus import FALLBACK_DATE, plain

BULLET = re.compile(r"^[-*+•●▪◦‣–—]\s+")


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


def assert_body_kept(article: Article, expected: dict, raw: bytes) -> None:
    """Every line of the raw text that is neither debris, metadata, the title, the subtitle, the caption
    nor the credit is in the body word for word (a bulleted line as its Markdown list item)."""
    body = {line.strip() for line in plain(article.body).splitlines() if line.strip()}
    others = set(expected["debris_lines"]) | set(expected["metadata_lines"]) | {expected["title"]}
    others |= {article.subtitle, article.image and article.image.caption, article.image and article.image.credit}
    wanted = [line.strip() for line in raw.decode("utf-8-sig").splitlines() if line.strip()]
    lost = [line for line in wanted if line not in others and line not in body and _as_item(line) not in body]
    assert not lost, f"body lines lost or changed: {lost}"


def _as_item(line: str) -> str:
    return "- " + BULLET.sub("", line, count=1) if is_list_item(line) and not opens_with_dash(line) else line


def assert_case_met(part: Path, expected_path: Path, imported: dict[str, dict], *, people: bool = True) -> Article:
    """The case's title, date (the fallback when it has none) and, with ``people``, people are the
    labelled ones, and its body lines are kept; the article, for further checks."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = imported_article(expected_path, imported)
    assert article.title == expected["title"]
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
    if people:
        assert sorted(article.people) == sorted(expected["people"])
    assert_body_kept(article, expected, (part / "raw" / f"{expected_path.stem}.txt").read_bytes())
    return article
