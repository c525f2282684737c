"""The preview (``mkdocs serve``): what a server remembers between its builds, and its decisions.

Each rebuild builds again only the pages whose key changed (``newsroom.site.incremental``); this
module gathers the memories and makes the rebuild's plan and its end. Free of MkDocs types: pages are
given as docs paths with their URL and output file, folders as paths.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsroom.article import Article
from newsroom.registry import Registry
from newsroom.site import incremental
from newsroom.site.build_state import HOME_PAGE, Build
from newsroom.site.feeds import JSON_NAME, RSS_NAME, Feed
from newsroom.site.file_listing import FileListing
from newsroom.site.indexes import SiteIndex
from newsroom.site.outline import nav_outline, shared_outline
from newsroom.site.pages import PageContent
from newsroom.site.render import TEMPLATES, Renderer

log = logging.getLogger("mkdocs.hooks.newsroom")
FEED_NAMES = (RSS_NAME, JSON_NAME)


@dataclass(frozen=True)
class PreviewPage:
    """A documentation page as the plan sees it."""

    url: str
    dest_path: str
    """Its output file."""


class Previewer:
    """What a server remembers between builds; the plan of each rebuild and its end."""

    def __init__(self, digests: incremental.Digests, articles: incremental.ArticleReader) -> None:
        self.digests, self.articles = digests, articles
        self.preview = incremental.Preview()
        """What the last build wrote, for the next rebuild."""
        self.bytecode = incremental.BytecodeMemory()
        self.term_pages = incremental.TermPagesMemory()
        self.related: dict[str, incremental.RelatedMemory] = {}
        """By language section's prefix: its related articles, scored again only when what they read changed."""
        self.theme_listing = incremental.ThemeListing()
        self.page_fingerprints = incremental.PageFingerprints()
        self.search_words = incremental.SearchWords()
        self.sitemap = incremental.SitemapMemory()
        self.not_found = RememberedOutput()
        """``404.html``: the same while the site key is (it shows no page's content)."""
        self.collector = incremental.CollectorPause()
        self.file_listing = FileListing()
        """MkDocs' list of the docs folder's files, made again only when its files changed."""
        self._feed_parts: dict[str, Any] = {}
        self._feed_parts_of: Mapping[str, str] | None = None

    def remembering_index(
        self,
        articles: list[Article],
        registry: Registry,
        profiles: list[Any],
        invalid: Any,
        published: list[Article],
        prefix: str = "",
    ) -> SiteIndex:
        """``build_index`` for a preview: the related articles of each section remembered between builds."""
        memory = self.related.setdefault(prefix, incremental.RelatedMemory())
        return memory.build_index(articles, registry, profiles, invalid, published, prefix)

    def index_pages(
        self, build: Build, editors_paths: Iterable[str], custom_dir: Path | None, language: str
    ) -> list[PageContent]:
        """The index pages, each term's rendered again only when what it shows changed."""
        templates = [self.digests.of_tree(TEMPLATES), self.digests.of_tree(custom_dir) if custom_dir else ""]
        # the thumbnails are in the lists too: a changed picture renders its terms' pages again
        templates_key = incremental.digest(templates, language, shared_outline(build.pictures))
        self.term_pages.start()
        self.page_fingerprints.start()

        by_page = not (custom_dir and (custom_dir / "newsroom").is_dir())  # else a site template may list more

        def remembered(index: SiteIndex, published: list[Article], renderer: Renderer, prefix: str) -> list[Any]:
            digest_of = self.articles.digest_of
            return self.term_pages.index_pages(index, published, renderer, digest_of, templates_key, prefix, by_page)

        return build.languages.pages(set(editors_paths), remembered)

    def site_key(
        self,
        code_folders: Iterable[Path],
        template_folders: Iterable[Path],
        config_file: Path,
        site_url: str | None,
        language: str,
        nav_items: list[Any],
        build: Build,
    ) -> str:
        """What every page depends on: code, templates, configuration, navigation, shared pictures."""
        outlines = (nav_outline(nav_items), shared_outline(build.pictures))
        config_digest = self.digests.of(config_file)
        return incremental.site_key(
            self.digests, code_folders, template_folders, config_digest, site_url, language, *outlines
        )

    def plan(
        self, site: str, build: Build, docs_dir: Path, pages: Mapping[str, PreviewPage], outputs: list[str]
    ) -> incremental.Plan:
        """The pages to build again (by docs path) and the last build's outputs to remove."""
        data, languages = self.site_data(build, docs_dir), build.languages
        if languages.single:  # one section
            keys = {src: incremental.page_key(src, page.url, *data.values()) for src, page in pages.items()}
        else:
            section_of = {src: languages.section(languages.lang_of(src)).language.code for src in pages}
            keys = {src: incremental.page_key(src, page.url, data[section_of[src]]) for src, page in pages.items()}
        plan = self.preview.plan(site, keys, outputs, lambda src: pages[src].dest_path)
        if len(plan.rebuild) > incremental.FEW_PAGES:
            self.collector.allow()
        why = " (the site's code, templates, configuration or navigation changed)" if plan.everything else ""
        count = f"{len(plan.rebuild)} of {len(keys)} pages to build{why}, {len(plan.remove)} outputs removed"
        log.info(f"newsroom: {count}")
        self.preview.order = [page.url for page in pages.values()]
        self.preview.built = {pages[src].url for src in plan.rebuild}
        return plan

    def site_data(self, build: Build, docs_dir: Path) -> dict[str, incremental.SiteData]:
        """By language: what its section's page keys are made of."""
        catalog, languages = build.catalog, build.languages
        generated = {src: self.page_fingerprints.of(page) for src, page in build.generated.items()}
        additions = {src: self.page_fingerprints.of(page) for src, page in build.additions.items()}
        with_problems = {*catalog.problems_by_path, *build.index.problems_by_path}
        problems = {src: build.problems_of(src) for src in with_problems}  # a few pages: looked up once
        extra = None if languages.single else functools.partial(self.language_parts, build)
        found = {}
        for lang, section in languages.sections.items():
            index, prefix = section.index, section.language.prefix
            found[lang] = incremental.SiteData(
                source_digest=lambda src: self.digests.of(docs_dir / src),
                article_digest=self.articles.digest_of,
                articles=catalog.by_path,
                published=section.published,
                problems=lambda src: problems.get(src, ()),
                link_for=functools.cache(index.link_for),  # names recur across articles: looked up once a build
                spellings=functools.cache(index.spellings),
                related=index.related,
                generated=generated,
                additions=additions,
                feed_titles=FeedTitles(build.feeds, prefix),
                home=section.language.home if prefix else HOME_PAGE,
                extra=extra or (lambda src, url: None),
            )
        return found

    def language_parts(self, build: Build, src_path: str, url: str) -> list[Any]:
        """What a page of a multilingual site shows of the other languages: switcher, versions."""
        languages = build.languages
        if languages.single:
            return []
        versions = languages.versions(src_path)
        return [
            languages.lang_of(src_path),
            languages.switcher(src_path, url),
            sorted((lang, a.src_path, self.articles.digest_of.get(a.src_path)) for lang, a in versions.items()),
        ]

    def written_feeds(self) -> dict[str, Any]:
        """The keys of the feeds the build under way (or, before it, the server) wrote."""
        return self.preview.pending.feeds if self.preview.pending else {}

    def feed_key(self, feed: Feed, site_url: str) -> Any:
        """What a feed's files are made of (unchanged: not written again): its fields, its articles'
        front matter and what every page shares (as ``incremental.feed_key``; each article's part
        made once a build, though it is in many feeds)."""
        digest_of = self.articles.digest_of
        if self._feed_parts_of is not digest_of:  # a new build
            self._feed_parts, self._feed_parts_of = {}, digest_of
        parts, found = self._feed_parts, []
        for article in feed.articles:
            part = parts.get(article.src_path)
            if part is None:
                part = parts[article.src_path] = (
                    article.src_path,
                    digest_of.get(article.src_path),
                    str(article.moment),
                )
            found.append(part)
        fields = (feed.title, feed.description, feed.page_url, feed.lang, site_url, self.preview.pending_site)
        return (*fields, tuple(found))

    def template(self, template: Any, name: str) -> Any:
        """A theme template, or a stand-in that renders it again only when what it shows changed
        (``sitemap.xml``: its pages' addresses and dates; ``404.html``: the site key)."""
        site = self.preview.pending_site
        if site and name == "sitemap.xml":
            return self.sitemap.template(template, site)
        if site and name == "404.html":
            return self.not_found.template(template, site)
        return template

    def end_build(self, build: Build, site_dir: Path) -> None:
        """Remove gone feeds, merge the search index of the pages just built into the whole site's; keep
        what this build wrote for the next one."""
        pending = self.preview.pending
        if pending is None:
            return
        gone = [url for url in pending.feeds if url not in build.feeds]
        for url in gone:
            del pending.feeds[url]
        incremental.remove_outputs([site_dir / f"{u}{name}" for u in gone for name in FEED_NAMES], site_dir)
        index_path = site_dir / "search" / "search_index.json"
        if index_path.is_file():
            merged = incremental.merge_search_index(
                index_path.read_text(encoding="utf-8"), self.preview.built, self.preview.order, pending.search
            )
            index_path.write_text(merged, encoding="utf-8")
        self.preview.commit()


class RememberedOutput:
    """A template's output, rendered again only when its key changes."""

    def __init__(self) -> None:
        self._key: Any = None
        self._output = ""

    def template(self, template: Any, key: Any) -> Any:
        """A stand-in for ``template`` (``render(context)`` is all MkDocs asks of it)."""
        return _Remembered(template, self, key)

    def render(self, template: Any, context: Mapping[str, Any], key: Any) -> str:
        if key != self._key:
            self._key, self._output = None, ""
            self._output = template.render(context)
            self._key = key
        return self._output


@dataclass
class _Remembered:
    template: Any
    memory: RememberedOutput
    key: Any

    def render(self, context: Mapping[str, Any]) -> str:
        return self.memory.render(self.template, context, self.key)


def feed_titles(feeds: Mapping[str, Feed], prefix: str, url: str) -> list[str]:
    """The titles of the feeds a page links to: its section's and its own."""
    return [feeds[u].title for u in dict.fromkeys((prefix, url)) if u in feeds]


class FeedTitles:
    """``feed_titles`` of a section's pages, its own feed's title looked up once."""

    def __init__(self, feeds: Mapping[str, Feed], prefix: str) -> None:
        self.feeds, self.prefix = feeds, prefix
        self.section = [feeds[prefix].title] if prefix in feeds else []

    def __call__(self, url: str) -> list[str]:
        if url == self.prefix or url not in self.feeds:
            return self.section
        return [*self.section, self.feeds[url].title]
