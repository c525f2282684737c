"""Editors' mistakes: every problem of a file reported with it, each naming its field, none blamed on another file."""

from __future__ import annotations

from pathlib import Path

from newsroom.article import KNOWN_FIELDS
from newsroom.site.catalog import load_catalog
from newsroom.site.indexes import build_index
from tests.helpers import mkdocs_build

FIELD_LIST = ", ".join(sorted(KNOWN_FIELDS))
BROKEN = "---\ntitle: Youth forum in Almaty\ndate: 2026-13-45\ntagz: [youth]\npeople: [Dana Yesimova]\n---\n\nText.\n"
FIXED = "---\ntitle: Youth forum in Almaty\ndate: 2025-11-20\ntags: [youth]\npeople: [Dana Yesimova]\n---\n\nText.\n"
DRAFT = "---\ntitle: Club meeting\ndate: 2025-11-21\npeople: [Aidar Bekov]\ndraft: true\n---\n\nText.\n"
DANA = "---\nname: Dana Yesimova\nrole: Youth club coordinator\n---\n\nDana runs the club.\n"
AIDAR = "---\nname: Aidar Bekov\n---\n\nAidar founded the club.\n"
BROKEN_MESSAGES = [
    "docs/news/2025/youth-forum.md: date: '2026-13-45' is not a date (no such month)",
    f"docs/news/2025/youth-forum.md: tagz: unknown field (a typo of 'tags'? the article fields are {FIELD_LIST})",
]


def write(docs: Path, files: dict[str, str]) -> list[str]:
    """Write ``files`` (docs path: text) under ``docs``; their docs paths."""
    for src_path, text in files.items():
        (docs / src_path).parent.mkdir(parents=True, exist_ok=True)
        (docs / src_path).write_text(text, encoding="utf-8")
    return sorted(files)


def test_every_problem_of_an_article_is_kept_under_its_path(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    catalog = load_catalog(docs, write(docs, {"news/2025/youth-forum.md": BROKEN}))
    assert catalog.problems_by_path == {"news/2025/youth-forum.md": BROKEN_MESSAGES}
    assert catalog.problems == BROKEN_MESSAGES
    assert catalog.articles == []
    assert catalog.names_in_invalid == [{"tags": [], "people": ["Dana Yesimova"], "organizations": [], "places": []}]


def test_every_problem_of_a_profile_is_kept_under_its_path(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    catalog = load_catalog(docs, write(docs, {"people/nobody.md": "---\naliases: Dana\nrole: [a]\n---\n\nText.\n"}))
    assert catalog.problems_by_path == {
        "people/nobody.md": [
            "docs/people/nobody.md: name: missing (the name as articles write it)",
            "docs/people/nobody.md: aliases: 'Dana' is not a list of names",
            "docs/people/nobody.md: role: ['a'] is not text",
        ]
    }


def test_a_broken_article_and_a_draft_leave_their_people_profiles_alone(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    files = {"news/2025/youth-forum.md": BROKEN, "news/2025/club.md": DRAFT, "people/dana.md": DANA}
    catalog = load_catalog(docs, write(docs, {**files, "people/aidar.md": AIDAR}))
    index = build_index(catalog.articles, None, catalog.profiles, catalog.names_in_invalid)
    assert index.problems == []
    assert list(catalog.problems_by_path) == ["news/2025/youth-forum.md"]


def test_a_yaml_error_elsewhere_in_an_article_still_counts_its_people(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    broken_title = "---\ntitle: 'Dana's club'\ndate: 2025-11-20\npeople:\n- Dana Yesimova\n---\n\nText.\n"
    nobody = "---\nname: No Body\n---\n\nBio.\n"
    files = {"news/2025/x.md": broken_title, "people/dana.md": DANA, "people/nobody.md": nobody}
    catalog = load_catalog(docs, write(docs, files))
    assert list(catalog.problems_by_path) == ["news/2025/x.md"]
    index = build_index(catalog.articles, None, catalog.profiles, catalog.names_in_invalid)
    assert index.problems == ["docs/people/nobody.md: name: 'No Body' is named in no published article, nor in a draft"]


def test_an_article_that_cannot_be_read_holds_back_the_profile_check(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    unreadable = "---\ntitle: T\ndate: 2025-11-20\npeople: [Dana Yesimova\n---\n\nText.\n"
    catalog = load_catalog(docs, write(docs, {"news/2025/x.md": unreadable, "people/dana.md": DANA}))
    assert catalog.problems[0].startswith("docs/news/2025/x.md: front matter is not valid YAML (line ")
    assert build_index(catalog.articles, None, catalog.profiles, catalog.names_in_invalid).problems == []
    unaware = build_index(catalog.articles, None, catalog.profiles)  # not told of the invalid article: reported
    message = "docs/people/dana.md: name: 'Dana Yesimova' is named in no published article, nor in a draft"
    assert unaware.problems == [message]


def test_strict_build_reports_every_problem_of_a_broken_article_and_nothing_else(project: Path, tmp_path: Path) -> None:
    """Through the hooks, which hand ``build_index`` the catalog's ``names_in_invalid``."""
    docs = project / "docs"
    write(docs, {"news/2025/youth-forum.md": BROKEN, "people/dana-yesimova.md": DANA})
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    for message in BROKEN_MESSAGES:
        assert message in result.stderr
    assert "people/dana-yesimova.md" not in result.stderr  # the profile is not blamed for the article
    assert "Traceback" not in result.stderr


def test_strict_build_accepts_a_profile_named_only_in_a_draft(project: Path, tmp_path: Path) -> None:
    docs = project / "docs"
    write(docs, {"news/2025/youth-forum.md": FIXED, "people/dana-yesimova.md": DANA})
    write(docs, {"news/2025/club.md": DRAFT, "people/aidar-bekov.md": AIDAR})
    out = tmp_path / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    assert "Aidar founded the club." in (out / "people/aidar-bekov/index.html").read_text(encoding="utf-8")
    assert "Youth forum in Almaty" in (out / "people/dana-yesimova/index.html").read_text(encoding="utf-8")
    assert not (out / "news/2025/club").exists()


def test_articles_are_the_markdown_files_under_news_whatever_their_slug() -> None:
    from newsroom.site.catalog import is_article_path, is_news_path

    assert is_article_path("news/2024/undp-publishes-the-human-development-index.md")
    assert not is_article_path("news/index.md") and not is_article_path("news/2023/x/index.md")
    assert not is_article_path("people/dana.md")
    assert is_news_path("news/2023/x/index.md")  # a page under news/: its HTML is sanitised too
