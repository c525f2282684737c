"""The front matter the catalog parses is MkDocs' page meta too (newsroom.site.front_matter), never a different one."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterator

import mkdocs.utils.meta
import pytest

from newsroom.article import ArticleError, parse_article
from newsroom.site import front_matter

ARTICLE = """---
title: Invented choir tours Aktau
date: 2024-03-05
tags:
- music
people:
- Aliya Testova
---

The invented choir sang in Aktau.
"""


def counting_meta_module() -> types.ModuleType:
    """A stand-in for ``mkdocs.utils.meta`` (the real one is left alone) that counts MkDocs' own readings."""
    module = types.ModuleType("meta")
    module.readings = 0

    def get_data(doc: str) -> tuple[str, dict]:
        module.readings += 1
        return mkdocs.utils.meta.get_data(doc)

    module.YAML_RE, module.get_data = mkdocs.utils.meta.YAML_RE, get_data
    return module


@pytest.fixture
def meta_module() -> Iterator[types.ModuleType]:
    """The stand-in, during one build's reading."""
    module = counting_meta_module()
    front_matter.begin(module)
    yield module
    front_matter.end()


def test_mkdocs_takes_the_parsed_front_matter_once_with_its_types(meta_module: types.ModuleType) -> None:
    article = front_matter.read_article(ARTICLE, "docs/news/a.md", "news/a.md")
    assert article == parse_article(ARTICLE, "docs/news/a.md", "news/a.md")
    first = meta_module.get_data(ARTICLE)
    assert meta_module.readings == 0
    assert first == mkdocs.utils.meta.get_data(ARTICLE)
    assert first[1]["date"] == dt.date(2024, 3, 5)
    second = meta_module.get_data(ARTICLE)  # taken: the next reading parses again, its own dict
    assert meta_module.readings == 1
    assert second == first and second[1] is not first[1]


def test_a_day_that_does_not_exist_is_not_handed_to_mkdocs(meta_module: types.ModuleType) -> None:
    text = ARTICLE.replace("tags:", "subtitle: 2024-02-30\ntags:")
    front_matter.read_article(text, "docs/news/a.md", "news/a.md")
    assert meta_module.get_data(text) == mkdocs.utils.meta.get_data(text) == (text, {})  # MkDocs reads nothing
    assert meta_module.readings == 1


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE.replace("\n", "\r\n"),  # MkDocs reads newlines translated
        ARTICLE.replace("---\n\nThe", "...\n\nThe"),  # MkDocs' header ends at '...', the catalog's does not
        ARTICLE.replace("tags:", "tags: [unclosed"),  # no YAML
        ARTICLE.replace("---\n", "-----\n", 1),  # the catalog's header opens with 3 dashes or more, MkDocs' with 3
    ],
)
def test_a_header_read_otherwise_by_mkdocs_is_read_as_mkdocs_reads_it(meta_module: types.ModuleType, text: str) -> None:
    try:
        expected = parse_article(text, "docs/news/a.md", "news/a.md")
    except ArticleError as error:
        with pytest.raises(ArticleError) as raised:
            front_matter.read_article(text, "docs/news/a.md", "news/a.md")
        assert raised.value.problems == error.problems
    else:
        assert front_matter.read_article(text, "docs/news/a.md", "news/a.md") == expected
    assert meta_module.get_data(text) == mkdocs.utils.meta.get_data(text)
    assert meta_module.readings == 1


def test_outside_a_build_nothing_is_kept() -> None:
    module = counting_meta_module()
    front_matter.begin(module)
    front_matter.end()
    front_matter.read_article(ARTICLE, "docs/news/a.md", "news/a.md")
    assert module.get_data(ARTICLE) == mkdocs.utils.meta.get_data(ARTICLE)
    assert module.readings == 1


def test_two_patched_modules_each_keep_their_own_reading() -> None:
    """MkDocs' and ProperDocs' ``meta`` modules patched in one process never read through each other."""
    first, second = counting_meta_module(), counting_meta_module()
    front_matter.begin(first)
    front_matter.begin(second)
    front_matter.begin(first)  # a second build: patched once only
    front_matter.end()
    assert first.get_data(ARTICLE) == mkdocs.utils.meta.get_data(ARTICLE)
    assert (first.readings, second.readings) == (1, 0)
    assert second.get_data(ARTICLE) == mkdocs.utils.meta.get_data(ARTICLE)
    assert (first.readings, second.readings) == (1, 1)
