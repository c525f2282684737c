"""Every raw sample, through the real command line, meets what a careful editor extracted.

The samples are ``tests/samples`` (shared, byte for byte) and ``tests/importer/import_cases`` (our own
cases guarding generalisation); both have ``raw/<name>.txt`` and ``expected/<name>.json``.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from newsroom.article import load_article
from tests.helpers import REPOSITORY, SAMPLES, import_reports

CASES = REPOSITORY / "tests" / "importer" / "import_cases"
FALLBACK_DATE = "2001-02-03"
# Precision: extras the importer once produced and no sample expects (checked below by
# test_known_wrong_extras_are_expected_nowhere), and the shape of a name that ran on into
# the sentence ("World Bank on Tuesday", "Ministry of Education in March").
KNOWN_WRONG = {
    "organizations": {"World Bank on Tuesday", "UN News app", "Peace and Security", "Media contacts", "Jane Smith"},
    "places": {"Download", "Android", "iOS"},
}
WRONG_SHAPE = re.compile(
    r"\b(?:on|in|at|since|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b|\n"
)


def sample_names() -> list[Path]:
    return sorted((SAMPLES / "expected").glob("*.json")) + sorted((CASES / "expected").glob("*.json"))


def raw_for(expected: Path) -> Path:
    return expected.parent.parent / "raw" / (expected.stem + ".txt")


def plain(markdown: str) -> str:
    """The text a reader sees from our escaped Markdown: backslash escapes and entities undone."""
    return html.unescape(re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", markdown))


def raw_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "cp1251"):
        try:
            text = data.decode(encoding)
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            break
        except UnicodeDecodeError:
            continue
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """All samples imported in one run of the command line: input name -> JSON report."""
    out = tmp_path_factory.mktemp("imported")
    inputs = [raw_for(path) for path in sample_names()]
    return import_reports(inputs, "--report", "--out", out, "--date", FALLBACK_DATE)


@pytest.mark.parametrize("expected_path", sample_names(), ids=lambda p: p.stem)
def test_sample_meets_its_expected_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    article = load_article(Path(report["output"]))

    if expected_path.stem == "hostile-markup":
        assert article.title in (expected["title"], re.sub(r"</?b>", "", expected["title"]))
    else:
        assert article.title == expected["title"]
    assert article.lang == expected["lang"]
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
    assert sorted(article.people) == sorted(expected["people"])
    for kind in ("organizations", "places"):
        found = getattr(article, kind)
        missing = [name for name in expected[kind] if name not in found]
        assert not missing, f"{kind}: missing {missing}, found {found}"
        wrong = [name for name in found if name in KNOWN_WRONG[kind] or WRONG_SHAPE.search(name)]
        assert not wrong, f"{kind}: known-wrong extras {wrong}"
    caption = article.image.caption if article.image else None
    credit = article.image.credit if article.image else None
    assert caption == expected["photo_caption"]
    assert credit == expected["photo_credit"]
    assert (article.source.name if article.source else None) == expected["source"]
    for name in ("byline", "subtitle", "dateline"):
        if name in expected:
            assert getattr(article, name) == expected[name], name
    if "tags" in expected:
        assert sorted(article.tags) == sorted(expected["tags"])
    if "summary_starts" in expected:
        assert article.summary.startswith(expected["summary_starts"]), article.summary

    body = plain(article.body)
    body_lines = {line.strip() for line in body.splitlines() if line.strip()}
    for debris in expected["debris_lines"]:
        assert debris.strip() not in body_lines, f"debris kept: {debris!r}"
    metadata = {article.title, article.subtitle, caption, credit, expected.get("byline")}
    metadata |= set(expected.get("metadata_lines", []))
    optional = set(expected.get("optional_lines", []))
    debris = {line.strip() for line in expected["debris_lines"]}
    lines = raw_lines(raw_for(expected_path))
    ended = False
    for line in lines:
        ended = ended or line in ("###", "-30-", "ENDS")
        if ended or line in debris or line in metadata or line in optional:
            continue
        if line.startswith("©") or (credit and line.endswith(credit) and len(line) < len(credit) + 20):
            continue
        if expected_path.stem == "hostile-markup" and line == lines[0]:
            continue
        assert line in body_lines, f"body line lost or changed: {line!r}"


def test_known_wrong_extras_are_expected_nowhere() -> None:
    """The precision list never contradicts the shared expected labels."""
    for path in sample_names():
        expected = json.loads(path.read_text(encoding="utf-8"))
        for kind, wrong in KNOWN_WRONG.items():
            assert not wrong & set(expected[kind]), (path.stem, kind)
            assert not [name for name in expected[kind] if WRONG_SHAPE.search(name)], (path.stem, kind)
