"""The files a build adds to the site's own: pictures, sharing cards, index pages, robots.txt,
and which files it takes away (pictures' originals with metadata, what only drafts show).

Free of MkDocs types: the site's files are seen through ``FileList`` (the hooks adapt MkDocs' ``Files``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsroom.files import write_if_changed
from newsroom.site import seo
from newsroom.site.author_pages import author_feeds, author_pages
from newsroom.site.build_state import Build
from newsroom.site.cards import sharing_cards
from newsroom.site.feeds import site_feeds
from newsroom.site.media import texts_in, unpublished_media
from newsroom.site.pages import PageContent
from newsroom.site.pictures import plan_pictures

log = logging.getLogger("mkdocs.hooks.newsroom")


@dataclass(frozen=True)
class SiteFile:
    """A file the build adds: its content in memory or a file on disk; in the navigation or not
    (``None``: as MkDocs decides)."""

    src_path: str
    content: str | None = None
    abs_src_path: str | None = None
    in_nav: bool | None = None


class FileList(Protocol):
    """The site's files, as the build changes them."""

    def has(self, src_path: str) -> bool: ...

    def add(self, file: SiteFile) -> None: ...

    def remove(self, src_path: str) -> None: ...


@dataclass
class SiteSettings:
    """The settings the added files depend on."""

    docs_dir: Path
    cache: Path
    """The build's cache folder (``.cache/newsroom``)."""
    site_name: str
    site_url: str | None
    description: str
    language: str
    custom_dir: Path | None = None
    """The site's own templates (``theme.custom_dir``)."""
    sharing_cards: bool = False


def add_pictures(build: Build, files: FileList, site: SiteSettings, with_drafts: bool) -> None:
    """Articles' pictures: derivatives (made or cached), clean copies of files carrying metadata."""
    cache, docs_dir, catalog = site.cache / "pictures", site.docs_dir, build.catalog
    build.pictures = plan_pictures(catalog.articles, docs_dir, cache, docs_dir.name, catalog.published)
    for renderer in build.renderers():
        renderer.env.globals["picture_for"] = build.pictures.for_article
    for problem in build.pictures.problems:
        log.warning(problem)
    if site.sharing_cards:
        names = build.languages.site_names(site.site_name)
        build.cards = sharing_cards(catalog.published, build.pictures, site.site_name, cache, names)
    for card in build.cards.values():
        files.add(SiteFile(card.share.path, abs_src_path=card.src_path))
    for src_path, clean in build.pictures.clean_copies.items():
        if files.has(src_path):
            files.remove(src_path)
            if clean is not None:
                files.add(SiteFile(src_path, abs_src_path=str(clean)))
    text_of = texts_in(docs_dir)
    hidden = build.pictures.unpublished | unpublished_media(catalog.articles, catalog.published, text_of)
    for src_path in () if with_drafts else hidden:  # what only drafts and embargoed articles show
        if files.has(src_path):
            files.remove(src_path)


FingerprintOf = Callable[[PageContent], str]


def add_index_pages(
    build: Build,
    files: FileList,
    pages: list[PageContent],
    editors_pages: dict[str, str],
    fingerprint: FileFingerprint,
) -> None:
    """The index pages: with an editor's page at their address (``editors_pages``, by URL), with it;
    else as generated files, whose content is the page's fingerprint (``fingerprint``)."""
    authors = author_pages(build.index, build.renderer) if build.languages.single else []  # else in sections
    for page in [*pages, *authors]:
        if page.url in editors_pages:
            build.additions[editors_pages[page.url]] = page
            continue
        build.generated[page.src_path] = page
        files.add(fingerprint(build, page))


class FileFingerprint(Protocol):
    def __call__(self, build: Build, page: PageContent) -> SiteFile: ...


def in_memory(fingerprint_of: FingerprintOf) -> FileFingerprint:
    """A server keeps the fingerprint in memory (the pages to build are chosen by the plan)."""

    def file(build: Build, page: PageContent) -> SiteFile:
        return SiteFile(page.src_path, content=fingerprint_of(page), in_nav=page.in_nav)

    return file


def written_aside(cache: Path) -> FileFingerprint:
    """A clean build reads it from memory; its file (for a later ``--dirty`` build) is written aside."""

    def file(build: Build, page: PageContent) -> SiteFile:
        build.fingerprints[cache / page.src_path] = content = page.fingerprint()
        return SiteFile(page.src_path, content=content, in_nav=page.in_nav)

    return file


def on_disk(cache: Path) -> FileFingerprint:
    """A ``--dirty`` build: the file, rewritten only when it changes (MkDocs compares its time)."""

    def file(build: Build, page: PageContent) -> SiteFile:
        write_if_changed(cache / page.src_path, page.fingerprint(), durable=False)
        return SiteFile(page.src_path, abs_src_path=str(cache / page.src_path), in_nav=page.in_nav)

    return file


def add_feeds(build: Build, files: FileList, site: SiteSettings) -> None:
    """The site's, tags' and people's feeds, and robots.txt (all of them need site_url)."""
    if not site.site_url:
        log.warning("mkdocs.yml: site_url: not set; no feeds, sitemap or sharing tags without it")
        return
    feeds = site_feeds(build.index, build.catalog.published, site.site_name, site.description, site.language)
    feeds = build.languages.feeds(feeds, site.site_name, site.description)
    if build.languages.single:  # else each section's
        feeds += author_feeds(build.index, site.site_name, build.renderer.labels)
    build.feeds = {feed.page_url: feed for feed in feeds}
    if not files.has("robots.txt"):
        files.add(SiteFile("robots.txt", content=seo.robots_txt(site.site_url)))
