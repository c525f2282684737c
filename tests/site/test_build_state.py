"""A build's start and what it knows (``newsroom.site.build_state``), without MkDocs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsroom.registry import Registry, RegistryError
from newsroom.site.build_state import BuildSite, start_build
from newsroom.site.incremental import ArticleReader, Digests
from tests.helpers.small_site import CLOCK, build_site, pages_of, write_docs

DRAFT = "news/2024/a-draft-about-the-steppe.md"
BROKEN = "news/2024/a-broken-one.md"
FORUM = "news/2024/a-youth-forum-in-almaty.md"


def test_a_build_reads_the_articles_and_indexes_the_published_ones(tmp_path: Path) -> None:
    write_docs(tmp_path)
    build = build_site(tmp_path)
    assert {a.title for a in build.catalog.published} == {"A youth forum in Almaty", "A heritage walk in Turkistan"}
    youth = build.index.terms["tags"]["youth"]
    assert [a.src_path for a in youth.articles] == [FORUM]  # the draft is not listed


def test_drafts_broken_articles_stay_out_of_the_build(tmp_path: Path) -> None:
    write_docs(tmp_path)
    assert build_site(tmp_path).drafts() == {DRAFT, BROKEN}


def test_a_broken_article_has_its_problem_said_and_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_docs(tmp_path)
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.newsroom"):
        build = build_site(tmp_path)
    problems = build.problems_of(BROKEN)
    assert problems and all("a-broken-one.md" in p for p in problems)
    assert any("a-broken-one.md" in record.getMessage() for record in caplog.records)
    assert build.problems_of(FORUM) == []


def test_a_registry_that_cannot_be_read_is_logged_and_the_build_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    docs = write_docs(tmp_path)

    def broken_registry(folder: Path) -> Registry:
        raise RegistryError(f"{folder}/people.yml: line 3: not a list")

    site = BuildSite(docs, pages_of(docs), tmp_path / "registry", None, "en", [], CLOCK)
    reader = ArticleReader(Digests())
    reader.start()
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.newsroom"):
        build = start_build(site, reader, broken_registry)
    assert "people.yml: line 3: not a list" in caplog.text
    assert len(build.catalog.published) == 2


def test_a_preview_index_builder_makes_the_index(tmp_path: Path) -> None:
    write_docs(tmp_path)
    calls = []

    def remembering(*args: object, prefix: str = "") -> object:
        from newsroom.site.indexes import build_index

        calls.append(prefix)
        return build_index(*args, prefix=prefix)  # type: ignore[arg-type]

    build = build_site(tmp_path, index_builder=remembering)
    assert calls and "youth" in build.index.terms["tags"]


def test_every_renderer_and_index_is_the_sites_on_a_one_language_site(tmp_path: Path) -> None:
    write_docs(tmp_path)
    build = build_site(tmp_path)
    assert build.renderers()[0] is build.renderer
    assert build.indexes()[0] is build.index
    assert build.section_of(FORUM).language.code == "en"
