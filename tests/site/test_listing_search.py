"""Generated pages' search entries are given directly (``newsroom.site.listing_search``): their title
and the term's role, never their lists; every other page's entries are Material's own, unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.corpus import generate_articles
from newsroom.site.listing_search import SWITCH, entries
from tests.helpers import copy_project, differing, mkdocs_build

INDEX = "search/search_index.json"
GENERATED = ("tags/", "people/", "organizations/", "places/", "authors/")


def page_of(location: str) -> str:
    return location.split("#", 1)[0]


def by_page(index_path: Path) -> dict[str, list[dict]]:
    pages: dict[str, list[dict]] = {}
    for entry in json.loads(index_path.read_text(encoding="utf-8"))["docs"]:
        pages.setdefault(page_of(entry["location"]), []).append(entry)
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same site built with the entries given (``given``) and parsed by Material (``parsed``)."""
    root = tmp_path_factory.mktemp("listing-search")
    project = copy_project(root / "site")
    generate_articles(project / "docs" / "news", 12, seed=5)
    given = mkdocs_build(project, root / "given")
    assert given.returncode == 0, given.stderr[-3000:]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SWITCH, "off")
        parsed = mkdocs_build(project, root / "parsed")
    assert parsed.returncode == 0, parsed.stderr[-3000:]
    return root / "given", root / "parsed"


def test_only_the_search_index_differs_and_articles_and_editors_pages_keep_their_entries(
    built: tuple[Path, Path],
) -> None:
    given, parsed = built
    changed = [path for path in differing(given, parsed) if not path.endswith("sitemap.xml.gz")]
    assert changed == [str(given / "search" / "search_index.json")]
    given_pages, parsed_pages = by_page(given / INDEX), by_page(parsed / INDEX)
    assert list(given_pages) == list(parsed_pages), "the same pages, in the same order"
    kept = [url for url in parsed_pages if not url.startswith((*GENERATED, "news/"))]
    kept += [url for url in parsed_pages if url.startswith("news/2") and url.count("/") > 2]  # the articles
    assert len(kept) >= 14 and "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/" in kept
    for url in kept:
        assert given_pages[url] == parsed_pages[url], url


def test_a_generated_page_has_one_entry_its_title_and_the_terms_role(built: tuple[Path, Path]) -> None:
    given, parsed = built
    given_pages, parsed_pages = by_page(given / INDEX), by_page(parsed / INDEX)
    person = given_pages["people/bolat-akchulakov/"]
    assert person == [
        {
            "location": "people/bolat-akchulakov/",
            "title": "Bolat Akchulakov",
            "text": "<p>President of the World Federation of Clubs and Associations for UNESCO</p>",
        }
    ]
    assert parsed_pages["people/bolat-akchulakov/"][0]["text"].startswith(person[0]["text"])
    generated = [url for url in given_pages if url.startswith(GENERATED) or url in ("news/", "news/2023/")]
    assert len(generated) > 20
    for url in generated:
        (entry,) = given_pages[url]
        assert entry["title"] == parsed_pages[url][0]["title"], url
        assert "<li>" not in entry["text"], "no lists of articles or names"
    assert len(parsed_pages["news/2023/"]) > 1, "Material indexes the month headings"
    size = (given / INDEX).stat().st_size
    assert size < (parsed / INDEX).stat().st_size


def page(src_uri: str, title: str = "A &amp; B", **meta: object) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), url="tags/a-b/", title=title, meta=meta)


def test_an_entry_is_written_as_material_writes_it() -> None:
    assert entries(page("tags/a-b.md", title="A &amp; B"), " Head  of <press> ") == [
        {"location": "tags/a-b/", "title": "A &amp; B", "text": "<p>Head of &lt;press&gt;</p>"}
    ]
    assert entries(page("tags/a-b.md", title="x", tags=["t", None, 2], search={"boost": 2})) == [
        {"location": "tags/a-b/", "title": "x", "text": "", "tags": ["t", "2"], "boost": 2}
    ]


def test_a_continuation_and_an_excluded_page_have_no_entry() -> None:
    assert entries(page("tags/a-b/page/2.md")) == []
    assert entries(page("news/2024/page/3.md")) == []
    assert entries(page("tags/a-b.md", search={"exclude": True})) == []
    assert entries(page("tags/page.md")) != []
