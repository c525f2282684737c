"""What one build knows (``Build``) and how a build starts from the site's files.

Free of MkDocs types: the hooks give plain paths, the documentation pages as ``(src_path, url)``
pairs and the site's settings; what to do with MkDocs' files comes back as plain data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.registry import Registry, RegistryError
from newsroom.site.authors import add_authors
from newsroom.site.catalog import ArticleReader, Catalog, address_clashes, is_article_path, load_catalog
from newsroom.site.clock import Clock
from newsroom.site.feeds import Feed
from newsroom.site.indexes import SiteIndex, build_index
from newsroom.site.languages import Language
from newsroom.site.multilingual import Languages
from newsroom.site.pages import PageContent
from newsroom.site.pictures import Picture, Pictures
from newsroom.site.render import Renderer
from newsroom.site.sections import IndexBuilder, Section

log = logging.getLogger("mkdocs.hooks.newsroom")
HOME_PAGE = "index.md"


@dataclass
class Build:
    """What one build knows: the articles, the index, the index pages and the templates."""

    catalog: Catalog = field(default_factory=Catalog)
    index: SiteIndex = field(default_factory=lambda: build_index([]))
    renderer: Renderer = field(default_factory=Renderer)
    generated: dict[str, PageContent] = field(default_factory=dict)
    """By docs path: the pages the build adds (their HTML skips front matter and Markdown)."""
    additions: dict[str, PageContent] = field(default_factory=dict)
    """By docs path of an editor's page: the index page at its address, which goes with its text."""
    feeds: dict[str, Feed] = field(default_factory=dict)
    """By the URL of the page a feed follows: the site's (``""``), each tag's and person's."""
    pictures: Pictures = field(default_factory=Pictures)
    cards: dict[str, Picture] = field(default_factory=dict)
    """By article docs path: the sharing card of an article without a picture (when the site asks)."""
    languages: Languages = field(default_factory=Languages)
    """The sections, translations and per-page languages (one section on a one-language site)."""
    fingerprints: dict[Path, str] = field(default_factory=dict)
    """By file: the generated pages' fingerprints a clean build writes beside its pages (side process)."""

    def problems_of(self, src_path: str) -> list[str]:
        """The front matter's and the index's problems with one page."""
        return [*self.catalog.problems_by_path.get(src_path, ()), *self.index.problems_by_path.get(src_path, ())]

    def section_of(self, src_path: str) -> Section:
        """The language section a page belongs to."""
        return self.languages.section(self.languages.lang_of(src_path))

    def renderers(self) -> list[Renderer]:
        """The site's renderer and each language section's."""
        return [self.renderer, *(section.renderer for section in self.languages.sections.values())]

    def indexes(self) -> list[SiteIndex]:
        """The site's index and each language section's."""
        return [self.index, *(section.index for section in self.languages.sections.values())]

    def drafts(self) -> set[str]:
        """The pages a build leaves out: drafts, broken articles (maybe drafts), embargoed ones
        (shown by serve, never built)."""
        catalog = self.catalog
        drafts = {article.src_path for article in catalog.articles if article.draft}
        drafts |= {path for path in catalog.problems_by_path if is_article_path(path)}
        return drafts | {article.src_path for article in catalog.scheduled}


@dataclass
class BuildSite:
    """What a build starts from, in plain values."""

    docs_dir: Path
    pages: list[tuple[str, str]]
    """The documentation pages: ``(src_path, url)``."""
    registry_dir: Path
    custom_dir: Path | None
    language: str
    languages: list[Language]
    clock: Clock


def start_build(
    site: BuildSite,
    read_article: ArticleReader,
    load_registry: Callable[[Path], Registry],
    index_builder: IndexBuilder | None = None,
) -> Build:
    """Read every article once, build the index and the language sections; log the problems.

    ``index_builder``: a preview's ``build_index`` that remembers (one-language sites and sections alike).
    """
    docs_dir = site.docs_dir
    catalog = load_catalog(docs_dir, [src for src, _ in site.pages], docs_dir.name, site.clock, read_article)
    languages = Languages.prepare(catalog, site.languages, docs_dir.name)
    registry = _registry(site.registry_dir, load_registry)
    args = (catalog.articles, registry, catalog.profiles, catalog.names_in_invalid, catalog.published)
    if index_builder is not None and languages.single:
        index = index_builder(*args)
    else:
        index = build_index(*args, languages.single)
    add_authors(index, catalog.authors, catalog.published)
    _log_problems(catalog.problems, index.problems, languages.problems, address_clashes(site.pages, docs_dir.name))
    build = Build(catalog, index, Renderer(site.custom_dir, site.language), languages=languages)
    builder = index_builder if index_builder is not None else build_index
    build.languages.add_sections(build.index, build.renderer, registry, site.custom_dir, builder)
    return build


def _registry(folder: Path, load: Callable[[Path], Registry]) -> Registry:
    try:
        return load(folder)
    except RegistryError as error:
        log.warning(str(error))
        return Registry()


def _log_problems(*problems: Iterable[str]) -> None:
    for group in problems:
        for problem in group:
            log.warning(problem)
