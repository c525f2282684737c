"""A page with no Markdown skips Python-Markdown (``newsroom.site.blank_pages``) and is left exactly as
MkDocs' own ``Page.render`` leaves it; the generated pages built so are the same site."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from newsroom.site.blank_pages import BlankPages
from tests.helpers import copy_project, differing, mkdocs_build


def state(page: Page) -> dict[str, Any]:
    """What rendering set on the page (its table of contents as its items)."""
    found = {name: value for name, value in vars(page).items() if name != "render"}
    found["toc"] = list(page.toc)
    return found


def a_file(config: Any, src_path: str) -> File:
    return File(src_path, config.docs_dir, config.site_dir, use_directory_urls=True)


def rendered(config: Any, files: Files, file: File, markdown: str, quick: BlankPages | None) -> Page:
    page = Page(None, file, config)
    page.markdown = quick.before_render(markdown, page) if quick else markdown
    page.render(config, files)
    if quick:
        page.content = quick.after_render(page.content, page)
    return page


@pytest.mark.parametrize("level", [logging.WARNING, logging.DEBUG])
@pytest.mark.parametrize("markdown", ["", "\n  \n"])
def test_a_blank_page_is_left_as_mkdocs_leaves_it_and_gets_its_render_back(
    tmp_path: Path, markdown: str, level: int
) -> None:
    project = copy_project(tmp_path / "site", seed=False)
    config = load_config(str(project / "mkdocs.yml"))
    file = a_file(config, "tags/x.md")
    files = Files([file])
    logger = logging.getLogger(Page.__module__)
    saved = logger.level
    logger.setLevel(level)
    try:
        quick = BlankPages(get_toc)
        mkdocs_page, quick_page = (rendered(config, files, file, markdown, q) for q in (None, quick))
    finally:
        logger.setLevel(saved)
    assert quick.skipped == 1
    assert state(quick_page) == state(mkdocs_page)
    assert "render" not in vars(quick_page), "the page's own render is back"


def test_a_page_with_text_is_converted_as_ever(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site", seed=False)
    config = load_config(str(project / "mkdocs.yml"))
    file = a_file(config, "about.md")
    quick = BlankPages(get_toc)
    page = rendered(config, Files([file]), file, "# About\n\nSome [text](#about).", quick)
    assert quick.skipped == 0
    assert page.content.startswith('<h1 id="about">About</h1>')
    assert page.present_anchor_ids == {"about"}


def test_a_blank_page_given_text_by_a_later_plugin_is_converted(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site", seed=False)
    config = load_config(str(project / "mkdocs.yml"))
    file = a_file(config, "tags/x.md")
    quick = BlankPages(get_toc)
    page = Page(None, file, config)
    page.markdown = quick.before_render("", page)
    page.markdown = "Added [later](#later)."  # what a plugin after ours may do
    page.render(config, Files([file]))
    assert page.content == '<p>Added <a href="#later">later</a>.</p>'
    assert quick.after_render(page.content, page) == page.content


def test_the_generated_pages_are_built_the_same_by_both_renders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site built with MkDocs' render of the blank pages (``BlankPages`` made to give none) is the same."""
    project = copy_project(tmp_path / "site")
    assert mkdocs_build(project, tmp_path / "quick").returncode == 0
    hooks = project / "hooks" / "newsroom_hooks.py"
    text = hooks.read_text(encoding="utf-8")
    assert "return _blank_pages.before_render(markdown, page)" in text
    hooks.write_text(text.replace("return _blank_pages.before_render(markdown, page)", "return markdown"), "utf-8")
    monkeypatch.setenv("NEWSROOM_BUILD_CACHE", "off")
    assert mkdocs_build(project, tmp_path / "mkdocs").returncode == 0
    assert [path for path in differing(tmp_path / "quick", tmp_path / "mkdocs") if not path.endswith(".gz")] == []
