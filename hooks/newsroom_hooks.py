"""MkDocs hooks: a thin adapter from MkDocs events to the ``newsroom`` package.

All decisions live in ``newsroom``; this file only moves data between MkDocs
objects and it. The whole state is rebuilt by every ``on_files``, so a
``mkdocs serve`` rebuild never sees a previous build's articles.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from newsroom.files import write_if_changed
from newsroom.registry import Registry, RegistryError, load_registry
from newsroom.site import seo
from newsroom.site.catalog import Catalog, address_clashes, load_catalog
from newsroom.site.feeds import Feed, feed_links, json_feed, rss, site_feeds
from newsroom.site.indexes import SiteIndex, build_index
from newsroom.site.pagefind import PagefindError, index_site
from newsroom.site.pages import home_listing, index_pages, related_section
from newsroom.site.render import article_header
from newsroom.site.sanitize import sanitize_article_html

log = logging.getLogger("mkdocs.hooks.newsroom")
HOME_PAGE = "index.md"
LATEST_MARKER = "<!-- latest-articles -->"
REGISTRY_FOLDER = "registry"
CACHE_FOLDER = ".cache/newsroom"


@dataclass
class Build:
    """What one build knows: the articles, the index, and the HTML of the index pages."""

    catalog: Catalog = field(default_factory=Catalog)
    index: SiteIndex = field(default_factory=lambda: build_index([]))
    index_html: dict[str, str] = field(default_factory=dict)
    """By docs path: the HTML of a generated page, or what goes under an editor's page."""
    titles: dict[str, str] = field(default_factory=dict)
    """By docs path: the title of each generated page (they skip front matter and Markdown)."""
    feeds: dict[str, Feed] = field(default_factory=dict)
    """By the URL of the page a feed follows: the site's (``""``), each tag's and person's."""


_build = Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not config.use_directory_urls:
        raise PluginError("newsroom: the site needs 'use_directory_urls: true' in mkdocs.yml")
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read every article once, build the index pages, keep drafts out of a build."""
    global _build
    docs_dir = Path(config.docs_dir)
    catalog = load_catalog(docs_dir, [f.src_uri for f in files.documentation_pages()], docs_dir.name)
    registry_dir = Path(config.config_file_path).parent / REGISTRY_FOLDER
    try:
        registry = load_registry(registry_dir)
    except RegistryError as error:
        log.warning(str(error))
        registry = Registry()
    index = build_index(catalog.articles, registry, catalog.profiles)
    pages = [(f.src_uri, f.url) for f in files.documentation_pages()]
    for problem in catalog.problems + index.problems + address_clashes(pages, docs_dir.name):
        log.warning(problem)
    drafts = {article.src_path for article in catalog.articles if article.draft}
    for file in files.documentation_pages():
        if file.src_uri in drafts:
            file.inclusion = InclusionLevel.DRAFT
    # Generated pages are files in a cache folder holding a fingerprint of their content,
    # rewritten only when it changes, so that `mkdocs build --dirty` skips unchanged pages.
    # (Their HTML itself comes from the index in on_page_content, never from the file.)
    cache = Path(config.config_file_path).parent / CACHE_FOLDER
    editors_pages = {f.url: f.src_uri for f in files.documentation_pages()}
    build = Build(catalog, index)
    for page in index_pages(index, catalog.published):
        if page.url in editors_pages:  # an editor's page at that address: the list goes under it
            build.index_html[editors_pages[page.url]] = page.body
            continue
        build.index_html[page.src_path] = page.body
        build.titles[page.src_path] = page.title
        write_if_changed(cache / page.src_path, page.fingerprint(), durable=False)
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(
            File.generated(config, page.src_path, abs_src_path=str(cache / page.src_path), inclusion=inclusion)
        )
    if config.site_url:
        feeds = site_feeds(
            index, catalog.published, config.site_name, config.site_description or "", config.theme["language"]
        )
        build.feeds = {feed.page_url: feed for feed in feeds}
        if files.get_file_from_path("robots.txt") is None:
            files.append(File.generated(config, "robots.txt", content=seo.robots_txt(config.site_url)))
    else:
        log.warning("mkdocs.yml: site_url: not set; no feeds, sitemap or sharing tags without it")
    _build = build
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    """Write the feeds one by one (so that none waits in memory); index the site for Pagefind if asked."""
    site_dir = Path(config.site_dir)
    for feed in _build.feeds.values():
        write_if_changed(site_dir / feed.rss_path, rss(feed, config.site_url).decode("utf-8"), durable=False)
        write_if_changed(site_dir / feed.json_path, json_feed(feed, config.site_url), durable=False)
    if (config.extra.get("newsroom") or {}).get("search") == "pagefind":
        try:
            index_site(site_dir)
        except PagefindError as error:
            raise PluginError(str(error)) from None


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Titles are text, never markup; generated pages skip Markdown (their HTML comes below)."""
    generated_title = _build.titles.get(page.file.src_uri)
    if generated_title is not None:
        page.meta["title"] = escape(generated_title)
        page.meta["newsroom_head"] = head_tags(page, config)
        return ""
    profile = _build.catalog.profile_by_path.get(page.file.src_uri)
    if profile is not None and "title" not in page.meta:
        page.meta["title"] = profile.name
    for key in ("title", "description"):  # Material prints both unescaped
        if isinstance(page.meta.get(key), str):
            page.meta[key] = escape(page.meta[key])
    article = _build.catalog.by_path.get(page.file.src_uri)
    if article is not None and article.summary:
        page.meta["description"] = escape(article.summary)
    page.meta["newsroom_head"] = head_tags(page, config)
    return markdown


def head_tags(page: Page, config: MkDocsConfig) -> str:
    """What the page adds to its <head>: its feeds and, on an article, its sharing tags."""
    feeds = [_build.feeds[url] for url in dict.fromkeys(("", page.url)) if url in _build.feeds]
    head = feed_links(feeds, config.site_url) if config.site_url else ""
    article = _build.catalog.by_path.get(page.file.src_uri)
    if article is not None and config.site_url:
        head += "\n" + seo.article_head(article, config.site_url, config.site_name, _build.index.link_for)
    return head


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Article header and related articles; the latest articles on the home page; index lists."""
    src_path = page.file.src_uri
    article = _build.catalog.by_path.get(src_path)
    if article is not None:
        body = sanitize_article_html(html)
        return article_header(article, _build.index.link_for) + body + related_section(article, _build.index)
    if src_path == HOME_PAGE:
        listing = home_listing(_build.catalog.published, page.url)
        return html.replace(LATEST_MARKER, listing) if LATEST_MARKER in html else f"{html}\n{listing}"
    if src_path in _build.index_html:
        return f"{html}\n{_build.index_html[src_path]}"
    return html
