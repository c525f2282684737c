"""``scripts/new_article.py``: a valid draft with every usual field to fill in, never an overwrite."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from newsroom.article import load_article, parse_article
from tests.helpers import REPOSITORY, run

USUAL_FIELDS = (
    "title",
    "date",
    "summary",
    "subtitle",
    "tags",
    "people",
    "organizations",
    "places",
    "source",
    "image",
    "byline",
    "dateline",
    "lang",
    "draft",
)


def new_article(*args: str | Path, cwd: Path = REPOSITORY):
    return run(sys.executable, REPOSITORY / "scripts" / "new_article.py", *args, cwd=cwd)


def front_matter_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text.split("---\n")[1].splitlines()


def test_writes_a_valid_draft_dated_today_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = new_article("Жазғы мектеп ашылды", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    article = load_article(path)
    assert path == tmp_path / str(dt.date.today().year) / "zhazgy-mektep-ashyldy.md"
    assert article.title == "Жазғы мектеп ашылды" and article.date == dt.date.today() and article.draft
    path.write_text(path.read_text(encoding="utf-8") + "\nMy edit.\n", encoding="utf-8")
    again = new_article("Жазғы мектеп ашылды", "--out", tmp_path)
    assert again.returncode == 1 and "exists already" in again.stderr and str(path) in again.stderr
    assert path.read_text(encoding="utf-8").endswith("My edit.\n")


def test_every_usual_field_is_written_empty_with_a_comment(tmp_path: Path) -> None:
    result = new_article("Clubs plant trees in Turkistan", "--out", tmp_path, "--date", "2025-04-12")
    path = Path(result.stdout.strip())
    lines = front_matter_lines(path)
    for name in USUAL_FIELDS:
        line = next((line for line in lines if line.startswith(f"{name}:")), None)
        assert line is not None, f"no {name} line"
        assert re.search(r"\s# \S", line), f"{name} has no comment: {line!r}"
    for key in ("src", "caption", "credit"):  # the picture's three keys, under image
        assert any(re.match(rf"  {key}:\s+# \S", line) for line in lines), key
    for key in ("name", "url"):  # the source's two keys, shown to fill in
        assert any(re.match(rf"#\s+{key}: ", line) for line in lines), key
    article = load_article(path)
    assert (article.tags, article.people, article.organizations, article.places) == ([], [], [], [])
    assert (article.summary, article.subtitle, article.byline, article.dateline) == ("", None, None, None)
    assert (article.source, article.image, article.lang, article.draft) == (None, None, "en", True)
    assert article.date == dt.date(2025, 4, 12) and path.parent.name == "2025"


def test_the_scaffold_filled_in_as_its_comments_say_is_a_complete_article(tmp_path: Path) -> None:
    path = Path(new_article("Clubs plant trees in Turkistan", "--out", tmp_path).stdout.strip())
    filled = {
        "summary:": "summary: Volunteers of the clubs planted trees along the river.",
        "tags: []": "tags: [UNESCO, youth]",
        "people: []": "people: [Dana Yesimova]",
        "organizations: []": "organizations: [UNESCO]",
        "places: []": "places: [Turkistan]",
        "#  name:": "  name: Kazinform",
        "#  url:": "  url: https://www.inform.kz/example",
        "  src:": "  src: /assets/trees.jpg",
        "  caption:": "  caption: Volunteers at work",
        "  credit:": "  credit: Aliya Nurlanova",
        "byline:": "byline: Marat Seitkali",
        "dateline:": "dateline: TURKISTAN",
        "draft:": None,
    }
    text = path.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        key = next((k for k in filled if line.startswith(k)), None)
        if key is None:
            lines.append(line)
        elif filled[key] is not None:
            lines.append(filled[key])  # the value written in place of the empty one and its comment
    article = parse_article("\n".join(lines) + "\n", str(path))
    assert article.tags == ["UNESCO", "youth"] and article.people == ["Dana Yesimova"]
    assert article.organizations == ["UNESCO"] and article.places == ["Turkistan"]
    assert article.source is not None and (article.source.name, article.source.url) == (
        "Kazinform",
        "https://www.inform.kz/example",
    )
    assert article.image is not None and article.image.src == "/assets/trees.jpg"
    assert (article.image.caption, article.image.credit) == ("Volunteers at work", "Aliya Nurlanova")
    assert (article.byline, article.dateline, article.draft) == ("Marat Seitkali", "TURKISTAN", False)
    assert article.summary == "Volunteers of the clubs planted trees along the river."


def test_lang_and_date_options(tmp_path: Path) -> None:
    result = new_article("Мектепте жаңа кітапхана", "--lang", "kk", "--date", "2024-09-01", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "2024" / "mektepte-zhanga-kitapkhana.md"
    article = load_article(path)
    assert (article.lang, article.date, article.draft) == ("kk", dt.date(2024, 9, 1), True)


def test_titles_that_need_yaml_quoting_survive(tmp_path: Path) -> None:
    for title in ("Clubs: a #1 year", "yes", "'Quoted' and \"double\"", "- dash first"):
        result = new_article(title, "--out", tmp_path)
        assert result.returncode == 0, result.stderr
        assert load_article(Path(result.stdout.strip())).title == title


def test_bad_input_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    bad_date = new_article("Clubs meet", "--date", "2025-02-30", "--out", tmp_path)
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr and "no such day" in bad_date.stderr
    two_lines = new_article("Clubs\nmeet", "--out", tmp_path)
    assert two_lines.returncode == 2 and "title" in two_lines.stderr and "line break" in two_lines.stderr
    empty = new_article("   ", "--out", tmp_path)
    assert empty.returncode == 2 and "title is empty" in empty.stderr
    for result in (bad_date, two_lines, empty):
        assert "Traceback" not in result.stderr
    assert not any(tmp_path.rglob("*.md"))


def test_runs_from_the_sites_folder_and_refuses_elsewhere(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    result = new_article("Clubs meet in spring", "--date", "2025-03-01", cwd=site)
    assert result.returncode == 0, result.stderr
    assert (site / "docs" / "news" / "2025" / "clubs-meet-in-spring.md").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    refused = new_article("Clubs meet in spring", cwd=elsewhere)
    assert refused.returncode == 2 and "site's folder" in refused.stderr and "--out" in refused.stderr
    assert list(elsewhere.iterdir()) == []
