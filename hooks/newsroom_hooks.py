"""MkDocs hooks: a thin adapter from MkDocs events to the ``newsroom`` package.

All decisions live in ``newsroom``; this file only moves data between MkDocs
objects and it. State is rebuilt on every ``on_files``, so ``mkdocs serve``
rebuilds never see a previous build's articles.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from newsroom.catalog import Catalog, load_catalog
from newsroom.render import article_header, article_list

log = logging.getLogger("mkdocs.hooks.newsroom")
HOME_PAGE = "index.md"
LATEST_ON_HOME = 20
LATEST_MARKER = "<!-- latest-articles -->"

_catalog = Catalog()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not config.use_directory_urls:
        raise PluginError("newsroom: the site needs 'use_directory_urls: true' in mkdocs.yml")
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read every article once; report invalid ones; keep drafts out of a build."""
    global _catalog
    docs_dir = Path(config.docs_dir)
    label = docs_dir.name
    _catalog = load_catalog(docs_dir, (f.src_uri for f in files.documentation_pages()), label)
    for problem in _catalog.problems:
        log.warning(problem)
    drafts = {article.src_path for article in _catalog.articles if article.draft}
    for file in files.documentation_pages():
        if file.src_uri in drafts:
            file.inclusion = InclusionLevel.DRAFT
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the header on article pages and the latest articles on the home page."""
    article = _catalog.by_path.get(page.file.src_uri)
    if article is not None:
        return article_header(article) + markdown
    if page.file.src_uri == HOME_PAGE:
        listing = article_list(_catalog.published[:LATEST_ON_HOME], page.url)
        if LATEST_MARKER in markdown:
            return markdown.replace(LATEST_MARKER, listing)
        return f"{markdown}\n\n{listing}"
    return markdown
