"""Within a build an article's line in a list is made once per page depth (``newsroom.site.memo``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsroom.article import Article
from newsroom.site import memo
from newsroom.site.render import TEMPLATE_FOLDER, Renderer

ARTICLE = Article(title="Volunteers plant a garden", date=dt.date(2024, 5, 1), src_path="news/2024/garden.md")


@pytest.fixture
def building() -> Iterator[None]:
    memo.begin()
    yield
    memo.forget()


def lists(renderer: Renderer, *page_urls: str) -> list[str]:
    context = {"articles": [ARTICLE], "summaries": False, "searchable": False}
    return [renderer.render("article-list", page_url=url, **context) for url in page_urls]


def test_our_lines_are_the_same_made_once_or_every_time(building: None) -> None:
    remembered = lists(Renderer(), "tags/youth/", "people/dana/", "news/2024/other/")
    memo.forget()
    assert lists(Renderer(), "tags/youth/", "people/dana/", "news/2024/other/") == remembered
    assert 'href="../../news/2024/garden/"' in remembered[0] and 'href="../../../news/2024/garden/"' in remembered[2]


def test_a_site_own_line_is_made_for_each_page(building: None, tmp_path: Path) -> None:
    template = tmp_path / TEMPLATE_FOLDER / "article-item.html"
    template.parent.mkdir(parents=True)
    template.write_text("<li>{{ article.title }} on {{ page_url }}</li>\n", encoding="utf-8")
    first, second = lists(Renderer(tmp_path), "tags/youth/", "people/dana/")
    assert "on tags/youth/" in first and "on people/dana/" in second


def test_outside_a_build_nothing_is_remembered() -> None:
    renderer = Renderer()
    before = lists(renderer, "tags/youth/")[0]
    ARTICLE.title = "Volunteers plant two gardens"
    try:
        assert lists(renderer, "tags/youth/")[0] != before
    finally:
        ARTICLE.title = "Volunteers plant a garden"
