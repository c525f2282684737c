"""The search plugin reads pages without our article lists: the same index, the same pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import generate_articles
from newsroom.site.search_view import as_search_leaves_it, without_excluded_lists
from tests.helpers import copy_project, differing, mkdocs_build

LIST = '<ul class="nr-articles" data-search-exclude data-pagefind-ignore>\n<li><a href="x/">X</a></li>\n</ul>'


def test_an_excluded_list_leaves_the_search_view_and_the_rest_stays() -> None:
    html = f"<h2>Related</h2>\n{LIST}\n<p>After</p>"
    assert without_excluded_lists(html) == "<h2>Related</h2>\n\n<p>After</p>"


def test_a_list_holding_another_list_is_left_to_the_search_plugin() -> None:
    html = LIST.replace("<li>", "<li><ul><li>inner</li></ul>", 1)
    assert without_excluded_lists(html) == html


def test_a_site_built_with_the_search_view_is_byte_for_byte_the_site_built_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 20, seed=3)
    assert mkdocs_build(project, tmp_path / "view").returncode == 0
    monkeypatch.setenv("NEWSROOM_SEARCH_VIEW", "off")
    assert mkdocs_build(project, tmp_path / "whole").returncode == 0
    index = (tmp_path / "view" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert len(index) > 10_000
    home = (tmp_path / "view" / "index.html").read_text(encoding="utf-8")
    assert LIST.split("\n", 1)[0] in home, "the view had nothing to leave out"
    assert [
        path for path in differing(tmp_path / "view", tmp_path / "whole") if not path.endswith("sitemap.xml.gz")
    ] == []


def test_the_page_comes_back_without_the_valued_search_attributes_only() -> None:
    html = '<h2 data-search-exclude>A</h2>\n<p data-search-boost="2">B</p><p data-search-x="">C</p>'
    assert as_search_leaves_it(html) == '<h2 data-search-exclude>A</h2>\n<p>B</p><p data-search-x="">C</p>'
    assert as_search_leaves_it(LIST) == LIST


def _sections(html: str) -> list[tuple[str, str]]:
    """What Material's search parser reads of ``html``: each section's title and text, as it joins them."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [("".join(section.title), "".join(section.text)) for section in parser.data]


ROW = (
    '<div class="nr-chips nr-people"><span class="nr-label">People:</span>'
    ' <a class="nr-chip" href="../people/a/">Aliya Omarova</a> <span class="nr-chip"> Bolat &amp; Co</span>'
    '\n<details class="nr-more"><summary>2 more</summary> <a class="nr-chip" href="x/">Dana</a>'
    ' <span class="nr-chip">Yerlan\nSeitkali</span></details></div>'
)


@pytest.mark.parametrize(
    "rows",
    [
        [ROW],
        [ROW.split("\n<details")[0] + "</div>", ROW],
        [
            '<div class="nr-chips nr-tags"><span class="nr-label">Tags:</span> <a class="nr-chip" href="t/">water</a>'
            + "</div>"
        ],
    ],
)
def test_topics_rows_read_as_their_words_give_the_search_the_same_sections(rows: list[str]) -> None:
    html = '<p>Text.</p>\n<section class="nr-topics" aria-labelledby="topics">\n<h2 id="topics">Topics</h2>\n'
    html += "\n".join(rows) + "\n</section>\n<p>After</p>"
    view = without_excluded_lists(html)
    assert 'class="nr-chip"' not in view and "nr-label" not in view
    assert _sections(view) == _sections(html)
    assert "Aliya Omarova" in str(_sections(view)) or "water" in str(_sections(view))


@pytest.mark.parametrize(
    "row",
    [
        ROW.replace("</a> <span", "</a>  <span"),  # two spaces: the search reads one
        ROW.replace(">Aliya Omarova<", "> <"),  # a name without a word
        ROW.replace("<summary>2 more", "<summary> "),
        ROW.replace("<a class", "<a data-search-exclude class", 1),
    ],
)
def test_a_topics_row_the_view_cannot_read_the_same_stays_as_it_is(row: str) -> None:
    assert without_excluded_lists(row) == row


META = (
    '<p class="nr-meta"><time datetime="2024-05-05">5 May 2024</time> · <span class="nr-byline">'
    '<a href="../../authors/dana/" rel="author">By Dana Abenova</a></span> · <span class="nr-dateline">ALMATY</span>'
    ' · <span class="nr-source">Source: <a href="https://example.org/" rel="noopener">Daily &amp; Co</a></span>\n</p>'
)


@pytest.mark.parametrize(
    "line",
    [
        META,
        META.replace('<a href="../../authors/dana/" rel="author">By Dana Abenova</a>', "By Dana Abenova"),
        META.replace(' <a href="https://example.org/" rel="noopener">Daily &amp; Co</a>', " Daily"),
        '<p class="nr-meta"><time datetime="2024-05-05">5 May 2024</time></p>',
    ],
)
def test_a_date_line_read_as_its_words_gives_the_search_the_same_sections(line: str) -> None:
    html = f'<h1>Title</h1>\n<div class="nr-article-header">\n{line}\n</div>\n<p>Text.</p>'
    view = without_excluded_lists(html)
    assert "<time" not in view and "<span" not in view and "<a " not in view
    assert _sections(view) == _sections(html)


def test_a_date_line_with_a_part_the_view_does_not_know_stays_as_it_is() -> None:
    line = META.replace("<time", '<time class="x"')
    assert without_excluded_lists(line) == line
