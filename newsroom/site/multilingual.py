"""What one build knows about its languages: sections, translations, each page's language.

The MkDocs hooks hold one ``Languages`` per build and ask it for the sections' pages and
feeds, for a page's language, switcher entries and hreflang links. On a one-language site it
has one section, the whole site, whose index and renderer are the build's own: every page
and address is as it was before sections existed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.article import Article
from newsroom.registry import Registry
from newsroom.site.catalog import Catalog, url_of
from newsroom.site.feeds import Feed, absolute
from newsroom.site.indexes import SiteIndex, build_index
from newsroom.site.languages import Language, assign_languages, section_of
from newsroom.site.pages import PageContent, index_pages
from newsroom.site.render import Renderer, relative_url
from newsroom.site.sections import (
    IndexBuilder,
    IndexPages,
    Section,
    make_sections,
    section_feeds,
    section_pages,
    term_versions,
    with_versions,
)
from newsroom.site.translations import Alternate, alternates, hreflang_links, translation_groups, versions_of


@dataclass
class Languages:
    """The site's languages in one build."""

    languages: list[Language] = field(default_factory=lambda: [Language("en", "English")])
    catalog: Catalog = field(default_factory=Catalog)
    problems: list[str] = field(default_factory=list)
    groups: dict[str, dict[str, Article]] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)
    urls: set[str] = field(default_factory=set)
    """Every page's URL, to find a page's counterpart in another section."""

    @classmethod
    def prepare(cls, catalog: Catalog, languages: list[Language], label: str) -> Languages:
        """Give articles without ``lang`` the default one; group translations; note the problems."""
        found = cls(languages or [Language("en", "English")], catalog)
        messages = assign_languages(catalog.articles, found.languages)
        groups, duplicates = translation_groups(catalog.articles)
        published = {a.src_path for a in catalog.published}
        found.groups = {
            key: {lang: a for lang, a in versions.items() if a.src_path in published}
            for key, versions in groups.items()
        }
        found.problems = [f"{label}/{path}: {message}" for path, message in (*messages, *duplicates)]
        return found

    @property
    def single(self) -> bool:
        """A one-language site: the build's index is its only section's (with related articles)."""
        return len(self.languages) == 1

    @property
    def default(self) -> Language:
        return self.languages[0]

    def site_names(self, site_name: str) -> dict[str, str]:
        """By language: its section's site name (``site_name`` when mkdocs.yml gives none)."""
        return {language.code: language.site_name or site_name for language in self.languages}

    def add_sections(
        self,
        index: SiteIndex,
        renderer: Renderer,
        registry: Registry,
        custom_dir: Path | None,
        index_builder: IndexBuilder = build_index,
    ) -> None:
        """One section per language; a one-language site's is the whole site, with the build's index."""
        if self.single:
            self.sections = {self.default.code: Section(self.default, self.catalog.published, index, renderer)}
        else:
            self.sections = make_sections(self.catalog, registry, self.languages, custom_dir, index_builder)

    def pages(self, editors_paths: Iterable[str], make_index_pages: IndexPages = index_pages) -> list[PageContent]:
        """Every section's generated pages; a term's page links its pages in the other sections."""
        editors_paths = set(editors_paths)
        if self.single:
            section = self.sections[self.default.code]
            return make_index_pages(section.index, section.published, section.renderer, "")
        versions = term_versions(self.sections)
        pages = []
        for section in self.sections.values():
            for page in section_pages(section, section.language.home in editors_paths, make_index_pages):
                if page.url in versions and page.head:
                    page = with_versions(page, versions[page.url], section.renderer)
                pages.append(page)
        self.urls = {url_of(path) for path in editors_paths} | {page.url for page in pages}
        return pages

    def feeds(self, feeds: list[Feed], site_name: str, description: str) -> list[Feed]:
        """The site's feeds: as given on a one-language site, else each section's."""
        if self.single:
            return feeds
        return [feed for section in self.sections.values() for feed in section_feeds(section, site_name, description)]

    def section(self, lang: str) -> Section:
        """The section of a language (the default's for a language the site lacks)."""
        return self.sections.get(lang) or self.sections[self.default.code]

    def lang_of(self, src_path: str) -> str:
        """A page's language: an article's own, else its section's."""
        article = self.catalog.by_path.get(src_path)
        if article is not None and not self.single:
            return article.lang
        return section_of(src_path, self.languages).code

    def home_section(self, src_path: str) -> Section | None:
        """The section whose home page an editor wrote at ``src_path``."""
        return next((s for s in self.sections.values() if s.language.home == src_path), None)

    def switcher(self, src_path: str, page_url: str) -> list[Alternate]:
        """Where the language switcher leads from a page (links relative to it); none on a one-language site."""
        if self.single:
            return []
        article = self.catalog.by_path.get(src_path)
        versions = versions_of(article, self.groups) if article is not None else None
        found = alternates(page_url, self.lang_of(src_path), self.languages, self.urls, versions)
        return [Alternate(a.lang, a.name, relative_url(page_url, a.url), a.current) for a in found]

    def versions(self, src_path: str) -> dict[str, Article]:
        """An article's versions by language (itself included), or none."""
        article = self.catalog.by_path.get(src_path)
        return versions_of(article, self.groups) if article is not None and not self.single else {}

    def hreflang(self, src_path: str, site_url: str) -> list[tuple[str, str]]:
        """``(hreflang, absolute URL)`` of a translated article's versions and x-default."""
        versions = self.versions(src_path)
        return hreflang_links(versions, self.languages, lambda url: absolute(site_url, url)) if versions else []

    def other_versions(self, article: Article, renderer: Renderer) -> str:
        """What an article shows of its versions in other languages (nothing when it has none)."""
        versions = self.versions(article.src_path)
        names = {language.code: language.name for language in self.languages}
        found = [
            (code, name, versions[code].title, relative_url(article.url, versions[code].url))
            for code, name in names.items()
            if code in versions and versions[code] is not article
        ]
        return renderer.render("translations", versions=found) if found else ""
