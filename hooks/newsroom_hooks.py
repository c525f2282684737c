"""MkDocs hooks: a thin adapter from MkDocs events to the ``newsroom`` package.

All decisions live in ``newsroom``; this file only moves data between MkDocs
objects and it. The whole state is rebuilt by every ``on_files``, so a
``mkdocs serve`` rebuild never sees a previous build's articles; under ``mkdocs serve``
a rebuild builds only the pages whose content changed (``newsroom.site.incremental``).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, TypeVar

import mkdocs.structure.pages
import mkdocs.utils.meta
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.nav import Section as NavSection
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from newsroom.article import Article
from newsroom.files import write_if_changed, write_new
from newsroom.registry import Registry, RegistryError
from newsroom.site import build_cache, collector, front_matter, incremental, memo, quick_urls, search_view, seo, shells
from newsroom.site.author_pages import author_feeds, author_pages
from newsroom.site.authors import add_authors
from newsroom.site.blank_pages import BlankPages
from newsroom.site.cards import sharing_cards
from newsroom.site.catalog import Catalog, address_clashes, is_article_path, is_news_path, load_catalog
from newsroom.site.chrome import section_config, section_nav
from newsroom.site.clock import Clock, ClockError
from newsroom.site.feeds import JSON_NAME, RSS_NAME, Feed, feed_links, json_feed, rss, site_feeds
from newsroom.site.indexes import SiteIndex, build_index
from newsroom.site.labels import Labels
from newsroom.site.languages import Language, LanguageError, site_languages
from newsroom.site.listing_search import ListingSearch
from newsroom.site.media import texts_in, unpublished_media
from newsroom.site.multilingual import Languages
from newsroom.site.not_found import not_found_page
from newsroom.site.notes import corrections_note, notes_above
from newsroom.site.old_output import remove_set_aside, set_aside
from newsroom.site.one_markdown import install as one_markdown_for
from newsroom.site.pagefind import IndexInBackground, PagefindError, has_index, index_site
from newsroom.site.pages import PageContent, home_listing, related_section, under_title
from newsroom.site.pictures import Picture, Pictures, plan_pictures, publish
from newsroom.site.render import TEMPLATES, Renderer, TemplateProblem, article_header, problems_note
from newsroom.site.sanitize import sanitize_article_html
from newsroom.site.sections import Section
from newsroom.site.side_process import SideProcess, make_folders
from newsroom.site.topics import topics_section

log = logging.getLogger("mkdocs.hooks.newsroom")
HOME_PAGE = "index.md"
LATEST_MARKER = "<!-- latest-articles -->"
REGISTRY_FOLDER = "registry"
CACHE_FOLDER = ".cache/newsroom"
CODE_FOLDERS = (Path(incremental.__file__).parent.parent, Path(__file__).parent)
"""The tool's code (``newsroom/``, ``hooks/``): what every page and cached value depends on."""
FEED_NAMES = (RSS_NAME, JSON_NAME)
T = TypeVar("T")


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


_build = Build()
_digests = incremental.Digests()
_articles = incremental.ArticleReader(_digests)
_registries = incremental.RegistryCache(_digests)
_preview = incremental.Preview()
"""What the last build wrote, for the next rebuild of ``mkdocs serve`` (``incremental``)."""
_previewing = False
"""Whether this is ``mkdocs serve`` (which shows drafts and their pictures, and rebuilds only what changed)."""
_dirty_build = False
"""Whether this is ``mkdocs build --dirty`` (the build cache then keeps what the build did not use)."""
_bytecode = incremental.BytecodeMemory()
_term_pages = incremental.TermPagesMemory()
_related: dict[str, incremental.RelatedMemory] = {}
"""By language section's prefix: its related articles, scored again only when what they read changed."""
_theme_listing = incremental.ThemeListing()
_page_fingerprints = incremental.PageFingerprints()
_search_index = IndexInBackground(log.warning)
_search_words = incremental.SearchWords()
_sitemap = incremental.SitemapMemory()
_collector = incremental.CollectorPause()
_side_work = SideProcess()
"""A clean build's page folders and feeds, made beside MkDocs' page loop (newsroom.site.side_process)."""
_old_site = SideProcess()
"""A clean build: the last build's site, removed beside this one (newsroom.site.old_output)."""
OLD_SITE_FOLDER = "old-site"
"""Where in the cache folder the last build's site waits for its removal."""


def _template_problems_stop_the_build(event: Callable[..., T]) -> Callable[..., T]:
    """A site's override template with a mistake stops the build with its file and line."""

    @functools.wraps(event)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return event(*args, **kwargs)
        except TemplateProblem as error:
            raise PluginError(f"newsroom: {error}") from None

    return run


_languages: list[Language] = []


@event_priority(100)  # before the search plugin's: it is given the words it asked for last time
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _languages
    if not config.use_directory_urls:
        raise PluginError("newsroom: the site needs 'use_directory_urls: true' in mkdocs.yml")
    try:
        _languages = site_languages(config.extra, config.theme["language"], [Path(d) for d in config.theme.dirs])
    except LanguageError as error:
        raise PluginError(f"newsroom: {error}") from None
    if len(_languages) > 1:  # per-language search indexes (Pagefind), unless the site chose otherwise
        config.extra.setdefault("newsroom", {}).setdefault("search", "pagefind")
    if _previewing:
        _list_the_theme_once(config)
        if (search := _search_settings(config)) is not None:
            _search_words.fill(search, _search_words_key(config))
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Under serve: remember the search plugin's words, which it asks the theme for (``on_config``).
    A clean build: the last build's site removed beside this one (newsroom.site.old_output)."""
    if _previewing and (search := _search_settings(config)) is not None:
        _search_words.remember(search)
    trash = Path(config.config_file_path).parent / CACHE_FOLDER / OLD_SITE_FOLDER
    if not _previewing and not _dirty_build and (set_aside(Path(config.site_dir), trash) or trash.is_dir()):
        _old_site.start(lambda: remove_set_aside(trash))


def _search_plugin(config: MkDocsConfig) -> Any:
    """Material's search plugin (or MkDocs' own), if the site uses one."""
    return config.plugins.get("material/search") or config.plugins.get("search")


def _search_settings(config: MkDocsConfig) -> Any:
    search = _search_plugin(config)
    return search.config if search is not None and search.config.get("enabled", True) else None


def _template_folders(config: MkDocsConfig) -> list[Path]:
    """The site's own templates (``theme.custom_dir``, ``overrides/``)."""
    return [Path(config.theme.custom_dir)] if config.theme.custom_dir else []


def _search_words_key(config: MkDocsConfig) -> str:
    custom_dir = config.theme.custom_dir
    templates = _digests.of_tree(Path(custom_dir)) if custom_dir else ""
    return incremental.digest(config.theme["language"], templates, incremental.package_versions())


def _list_the_theme_once(config: MkDocsConfig) -> None:
    """Under serve: the installed theme's files are listed once, not on every rebuild."""
    theme = config.theme
    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        _theme_listing.install(env, list(theme.static_templates))
        return env

    theme.get_env = get_env  # type: ignore[method-assign]


@_template_problems_stop_the_build
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read every article once, build the index pages, keep drafts out of a build."""
    global _build
    memo.begin()  # per-article fragments made once a build (newsroom.site.memo)
    front_matter.begin(mkdocs.utils.meta)  # the articles' front matter read once, for MkDocs too
    docs_dir = Path(config.docs_dir)
    try:
        clock = Clock.for_site(config.extra)
    except ClockError as error:
        raise PluginError(f"newsroom: {error}") from None
    _articles.start()
    documents = files.documentation_pages()
    src_paths = [f.src_uri for f in documents]
    catalog = load_catalog(docs_dir, src_paths, docs_dir.name, clock, _articles)
    languages = Languages.prepare(catalog, _languages, docs_dir.name)
    registry_dir = Path(config.config_file_path).parent / REGISTRY_FOLDER
    try:
        registry = _registries.load(registry_dir)
    except RegistryError as error:
        log.warning(str(error))
        registry = Registry()
    if _previewing and languages.single:
        index = _remembering_index(
            catalog.articles, registry, catalog.profiles, catalog.names_in_invalid, catalog.published
        )
    else:
        index = build_index(
            catalog.articles, registry, catalog.profiles, catalog.names_in_invalid, catalog.published, languages.single
        )
    add_authors(index, catalog.authors, catalog.published)
    pages = [(f.src_uri, f.url) for f in documents]
    for problem in catalog.problems + index.problems + languages.problems + address_clashes(pages, docs_dir.name):
        log.warning(problem)
    drafts = {article.src_path for article in catalog.articles if article.draft}
    drafts |= {path for path in catalog.problems_by_path if is_article_path(path)}  # broken: maybe a draft
    drafts |= {article.src_path for article in catalog.scheduled}  # embargoed: shown by serve, never built
    for file in documents:
        if file.src_uri in drafts:
            file.inclusion = InclusionLevel.DRAFT
    custom_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    build = Build(catalog, index, Renderer(custom_dir, config.theme["language"]), languages=languages)
    builder = _remembering_index if _previewing else build_index
    build.languages.add_sections(build.index, build.renderer, registry, custom_dir, builder)
    if _previewing:
        for renderer in (build.renderer, *(section.renderer for section in build.languages.sections.values())):
            renderer.env.bytecode_cache = _bytecode
    _add_pictures(build, files, config)
    _add_index_pages(build, files, config)
    _add_feeds(build, files, config)
    _build = build
    if not _previewing:  # what on_files made lives to the end of the build (newsroom.site.collector)
        collector.settle_for_a_build()
    if not _previewing and not _dirty_build:  # MkDocs emptied the site folder: its folders and feeds made aside
        pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
        folders = [Path(f.abs_dest_path).parent for f in pages]
        _side_work.start(lambda: _folders_and_feeds(build, folders, config))
    return files


def _add_index_pages(build: Build, files: Files, config: MkDocsConfig) -> None:
    """The index pages: with an editor's page at their address, with it; else as generated files.

    A generated page's file in a cache folder holds a fingerprint of its content, rewritten only
    when it changes, so that `mkdocs build --dirty` skips unchanged pages. (Its HTML itself
    comes from ``build.generated`` in on_page_content, never from the file.)
    """
    cache = Path(config.config_file_path).parent / CACHE_FOLDER
    editors_pages = {f.url: f.src_uri for f in files.documentation_pages()}
    if _previewing:
        custom_dir = config.theme.custom_dir
        templates = [_digests.of_tree(TEMPLATES), _digests.of_tree(Path(custom_dir)) if custom_dir else ""]
        # the thumbnails are in the lists too: a changed picture renders its terms' pages again
        templates_key = incremental.digest(templates, config.theme["language"], _shared_outline(build))
        _term_pages.start()
        _page_fingerprints.start()

        def remembered(index: SiteIndex, published: list[Article], renderer: Renderer, prefix: str) -> list[Any]:
            return _term_pages.index_pages(index, published, renderer, _articles.digest_of, templates_key, prefix)

        pages = build.languages.pages(set(editors_pages.values()), remembered)
    else:
        pages = build.languages.pages(set(editors_pages.values()))
    authors = author_pages(build.index, build.renderer) if build.languages.single else []  # else in sections
    for page in [*pages, *authors]:
        if page.url in editors_pages:
            build.additions[editors_pages[page.url]] = page
            continue
        build.generated[page.src_path] = page
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        if _previewing:  # a server keeps the fingerprint in memory (the pages to build are chosen by on_nav)
            content = _page_fingerprints.of(page)
            files.append(File.generated(config, page.src_path, content=content, inclusion=inclusion))
            continue
        if not _dirty_build:  # read from memory; its file (for a later --dirty build) is written aside
            build.fingerprints[cache / page.src_path] = content = page.fingerprint()
            files.append(File.generated(config, page.src_path, content=content, inclusion=inclusion))
            continue
        write_if_changed(cache / page.src_path, page.fingerprint(), durable=False)  # MkDocs compares its time
        files.append(
            File.generated(config, page.src_path, abs_src_path=str(cache / page.src_path), inclusion=inclusion)
        )


def _add_pictures(build: Build, files: Files, config: MkDocsConfig) -> None:
    """Articles' pictures: derivatives (made or cached), clean copies of files carrying metadata."""
    cache = Path(config.config_file_path).parent / CACHE_FOLDER / "pictures"
    docs_dir = Path(config.docs_dir)
    build.pictures = plan_pictures(build.catalog.articles, docs_dir, cache, docs_dir.name, build.catalog.published)
    for renderer in (build.renderer, *(section.renderer for section in build.languages.sections.values())):
        renderer.env.globals["picture_for"] = build.pictures.for_article
    for problem in build.pictures.problems:
        log.warning(problem)
    if (config.extra.get("newsroom") or {}).get("sharing_cards"):
        names = build.languages.site_names(config.site_name)
        build.cards = sharing_cards(build.catalog.published, build.pictures, config.site_name, cache, names)
    for card in build.cards.values():
        files.append(File.generated(config, card.share.path, abs_src_path=card.src_path))
    for src_path, clean in build.pictures.clean_copies.items():
        if (original := files.get_file_from_path(src_path)) is not None:
            files.remove(original)
            if clean is not None:
                files.append(File.generated(config, src_path, abs_src_path=str(clean)))
    text_of = texts_in(docs_dir)
    hidden = build.pictures.unpublished | unpublished_media(build.catalog.articles, build.catalog.published, text_of)
    for src_path in () if _previewing else hidden:  # what only drafts and embargoed articles show
        if (original := files.get_file_from_path(src_path)) is not None:
            files.remove(original)


def _add_feeds(build: Build, files: Files, config: MkDocsConfig) -> None:
    """The site's, tags' and people's feeds, and robots.txt (all of them need site_url)."""
    if not config.site_url:
        log.warning("mkdocs.yml: site_url: not set; no feeds, sitemap or sharing tags without it")
        return
    description, lang = config.site_description or "", config.theme["language"]
    feeds = site_feeds(build.index, build.catalog.published, config.site_name, description, lang)
    feeds = build.languages.feeds(feeds, config.site_name, description)
    if build.languages.single:  # else each section's
        feeds += author_feeds(build.index, config.site_name, build.renderer.labels)
    build.feeds = {feed.page_url: feed for feed in feeds}
    if files.get_file_from_path("robots.txt") is None:
        files.append(File.generated(config, "robots.txt", content=seo.robots_txt(config.site_url)))


def on_post_build(*, config: MkDocsConfig) -> None:
    """Articles' pictures; the feeds one by one (so that none waits in memory); Pagefind's index if asked."""
    site_dir = Path(config.site_dir)
    publish(_build.pictures.files_to_publish(with_drafts=_previewing), site_dir)
    if not _side_work.finish():  # else a clean build wrote them aside (newsroom.site.side_process)
        _fingerprints_and_feeds(_build, config)
    _old_site.finish()  # a failure leaves the rest for the next build
    if (config.extra.get("newsroom") or {}).get("search") == "pagefind":
        if _previewing and has_index(site_dir):  # a rebuild: the page is served at once, its search soon
            _search_index.request(site_dir)
        else:
            try:
                index_site(site_dir)
            except PagefindError as error:
                raise PluginError(str(error)) from None
    if _previewing:
        _end_preview_build(site_dir)
    memo.forget()
    collector.end_of_build()


def _folders_and_feeds(build: Build, folders: list[Path], config: MkDocsConfig) -> None:
    """The pages' folders, the generated pages' fingerprint files, then the feeds (a clean build's side process)."""
    make_folders(folders)
    _fingerprints_and_feeds(build, config)


def _fingerprints_and_feeds(build: Build, config: MkDocsConfig) -> None:
    for path, fingerprint in build.fingerprints.items():
        write_if_changed(path, fingerprint, durable=False)
    if config.site_url:
        _write_feeds(build, Path(config.site_dir), config.site_url)


def _write_feeds(build: Build, site_dir: Path, site_url: str) -> None:
    """The feeds one by one (so that none waits in memory); under serve only those that changed."""
    written = _preview.pending.feeds if _previewing and _preview.pending else {}
    write = write_if_changed if _previewing or _dirty_build else write_new  # else MkDocs emptied the site folder
    for feed in build.feeds.values():
        key = incremental.feed_key(feed, site_url, _articles.digest_of, _preview.pending_site)
        if written.get(feed.page_url) == key and (site_dir / feed.rss_path).is_file():
            continue  # unchanged since the last build of this server
        rss_text = rss(feed, site_url, build.pictures.for_article).decode("utf-8")
        write(site_dir / feed.rss_path, rss_text, durable=False)
        json_text = json_feed(feed, site_url, build.pictures.for_article)
        write(site_dir / feed.json_path, json_text, durable=False)
        written[feed.page_url] = key


@_template_problems_stop_the_build
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Titles are text, never markup; generated pages skip Markdown (their HTML comes below)."""
    _language_meta(page, config)
    if page.file.inclusion.is_not_in_nav():  # the theme's page around it made once per kind (newsroom.site.shells)
        page.meta.setdefault("template", shells.TEMPLATE)
    generated = _build.generated.get(page.file.src_uri)
    if generated is not None:
        page.meta["title"] = escape(generated.title)
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
    return markdown


def _language_meta(page: Page, config: MkDocsConfig) -> None:
    """A multilingual site's page says its language, where the switcher leads, and (with Pagefind)
    stays out of Material's search index."""
    if _build.languages.single:
        return
    page.meta["lang"] = page.meta["newsroom_lang"] = _build.languages.lang_of(page.file.src_uri)
    page.meta["newsroom_alternates"] = _build.languages.switcher(page.file.src_uri, page.url)
    if config.site_url:
        page.meta["newsroom_versions"] = _build.languages.hreflang(page.file.src_uri, config.site_url)
    if (config.extra.get("newsroom") or {}).get("search") == "pagefind":
        page.meta.setdefault("search", {"exclude": True})
    if page.file.src_uri in _build.generated and _build.languages.home_section(page.file.src_uri):
        page.meta.setdefault("hide", ["navigation", "toc"])  # as the default language's home page


def head_tags(page: Page, config: MkDocsConfig) -> str:
    """What the page adds to its <head>: its feeds and, on an article, its sharing tags and versions."""
    if not config.site_url:
        return ""
    section = _build.languages.section(_build.languages.lang_of(page.file.src_uri))
    roots = (section.language.prefix, page.url)
    feeds = [_build.feeds[url] for url in dict.fromkeys(roots) if url in _build.feeds]
    head = feed_links(feeds, config.site_url, section.renderer)
    article = _build.catalog.by_path.get(page.file.src_uri)
    if article is not None:
        picture = _build.pictures.for_article(article) or _build.cards.get(article.src_path)
        site_name = section.language.site_name or config.site_name  # the section's, as on its sharing card
        head += seo.article_head(article, config.site_url, site_name, section.index.link_for, section.renderer, picture)
    if versions := page.meta.get("newsroom_versions"):
        head += section.renderer.render("hreflang-links", links=versions)
    return head


@_template_problems_stop_the_build
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Article header and related articles; the latest articles on the home page; index lists;
    on a page whose front matter has problems, a note saying what they are."""
    src_path = page.file.src_uri
    problems = [*_build.catalog.problems_by_path.get(src_path, ()), *_build.index.problems_by_path.get(src_path, ())]
    section = _build.languages.section(_build.languages.lang_of(src_path))
    note = problems_note(problems, is_article_path(src_path), section.renderer) if problems else ""
    return note + _page_content(html, src_path, page.url, section)


def _page_content(html: str, src_path: str, page_url: str, section: Section) -> str:
    if is_news_path(src_path):  # articles' and news pages' HTML passes the allow-list, valid or not
        html = sanitize_article_html(html)
    article = _build.catalog.by_path.get(src_path)
    index, renderer = section.index, section.renderer
    if article is not None:
        header = article_header(article, index.link_for, renderer)
        header += _build.languages.other_versions(article, renderer)
        header += notes_above(article, _build.catalog.clock, renderer)
        after = corrections_note(article, renderer)
        after += topics_section(article, index.link_for, index.spellings, renderer, html)
        return header + html + after + related_section(article, index, renderer)
    if (home := _build.languages.home_section(src_path)) is not None:
        listing = home_listing(home.published, page_url, home.renderer, home.language.prefix)
        return html.replace(LATEST_MARKER, listing) if LATEST_MARKER in html else f"{html}\n{listing}"
    if (generated := _build.generated.get(src_path)) is not None:
        return generated.html
    if (addition := _build.additions.get(src_path)) is not None:
        return under_title(html, addition.head) + "\n" + addition.body
    return html


@_template_problems_stop_the_build
def _add_head_tags(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """The page's head tags, made as it is built (not kept for every page all build long)."""
    page.meta["newsroom_head"] = head_tags(page, config)
    return context


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """A written page's HTML and head tags are not needed again: let them go (peak memory)."""
    page.content = ""
    page.meta.pop("newsroom_head", None)
    return output


def _speak_the_pages_language(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """A page of another language's section: the navigation and site name in its language."""
    lang = _build.languages.lang_of(page.file.src_uri)
    context["newsroom_labels"] = Labels(lang)
    section = _build.languages.section(lang)
    if section.language.prefix:
        context["nav"] = section_nav(nav, section.language.prefix, _page_of, section.renderer.labels.__getitem__)
        overrides = {"site_name": section.language.site_name, "copyright": section.language.copyright}
        context["config"] = section_config(config, overrides | {"site_description": section.language.description})
    return context


@_template_problems_stop_the_build
def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """A multilingual site's 404 page says "not found" in every language (``newsroom.site.not_found``)."""
    if template_name == "404.html":
        languages, renderer = _build.languages.languages, _build.renderer
        context["newsroom_not_found"] = not_found_page(languages, context["base_url"], config.site_name, renderer)
    return context


_files: Files | None = None


def _page_of(src_path: str) -> Page | None:
    file = _files.get_file_from_path(src_path) if _files is not None else None
    return file.page if file is not None else None


# Preview: `mkdocs serve` rebuilds only what changed (newsroom.site.incremental); these events only adapt.


def on_startup(*, command: str, dirty: bool) -> None:
    """Only a server remembers builds (``mkdocs build --dirty`` is MkDocs' own, by modification times)
    and shows drafts' pictures."""
    global _previewing, _dirty_build
    _previewing, _dirty_build = command == "serve", dirty
    one_markdown_for(mkdocs.structure.pages)  # one Markdown converter for every page (newsroom.site.one_markdown)
    if _previewing:  # MkDocs makes every page's object again on every rebuild: its URL work made cheaper
        quick_urls.install(mkdocs.structure.pages)


def on_serve(server: Any, *, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    """Watch the registry and the theme's overrides too; rebuild without cleaning the site folder
    (MkDocs' ``dirty`` build), the pages to build again chosen by ``on_nav``."""
    root = Path(config.config_file_path).parent
    for folder in (root / REGISTRY_FOLDER, Path(config.theme.custom_dir or root / "overrides")):
        if folder.is_dir():
            server.watch(str(folder))
    build = getattr(builder, "__globals__", {}).get("build")
    if _previewing and callable(build) and not getattr(build, "newsroom_dirty", False):

        def dirty_build(config: MkDocsConfig, *, serve_url: str | None = None, dirty: bool = False) -> None:
            with incremental.watchers_waiting(getattr(server, "observer", None)), _collector.paused():
                build(config, serve_url=serve_url, dirty=True)

        dirty_build.newsroom_dirty = True  # type: ignore[attr-defined]
        builder.__globals__["build"] = dirty_build
        logging.getLogger("mkdocs.commands.build").addFilter(incremental.not_the_dirty_build_warning)
    if _previewing:
        incremental.poll_sooner(getattr(server, "observer", None), incremental.PREVIEW_POLL_SECONDS)
        incremental.settle_sooner(server, incremental.PREVIEW_SETTLE_SECONDS)
    return server


def on_shutdown() -> None:
    """The server ends: no more search index runs, and the one under way finishes first."""
    _search_index.stop()


def on_pre_template(template: Any, *, template_name: str, config: MkDocsConfig) -> Any:
    """Under serve: sitemap.xml rendered again only when what it lists changed."""
    if _previewing and template_name == "sitemap.xml" and _preview.pending_site:
        return _sitemap.template(template, _preview.pending_site)
    return template


def on_env(env: Any, *, config: MkDocsConfig, files: Files) -> Any:
    """The generated pages' shell template; under serve: the theme's templates compiled once, again
    only when one changes."""
    shells.install(env)
    front_matter.end()  # MkDocs has read every page
    if _previewing:
        env.bytecode_cache = _bytecode
    return env


def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Under serve: build again only the pages whose key changed; remove the outputs of gone pages."""
    global _files
    _files = files
    if not _previewing:
        return nav
    search = _search_plugin(config)
    if search is not None and hasattr(search, "search_index_prev"):
        search.search_index_prev = None  # the index of every page is merged by on_post_build
    site = incremental.site_key(
        _digests,
        CODE_FOLDERS,
        _template_folders(config),
        _digests.of(Path(config.config_file_path)),
        config.site_url,
        config.theme["language"],
        _nav_outline(nav.items),
        _shared_outline(_build),
    )
    pages = {f.src_uri: f for f in files.documentation_pages()}
    data, languages = _site_data(Path(config.docs_dir)), _build.languages
    section_of = {src: languages.section(languages.lang_of(src)).language.code for src in pages}
    keys = {src: incremental.page_key(src, file.url, data[section_of[src]]) for src, file in pages.items()}
    outputs = [file.abs_dest_path for file in files]
    plan = _preview.plan(site, keys, outputs, lambda src: pages[src].abs_dest_path)
    for src, file in pages.items():
        file.is_modified = (lambda changed: lambda: changed)(src in plan.rebuild)  # type: ignore[method-assign]
    incremental.remove_outputs(plan.remove, Path(config.site_dir))
    if len(plan.rebuild) > incremental.FEW_PAGES:
        _collector.allow()
    why = " (the site's code, templates, configuration or navigation changed)" if plan.everything else ""
    log.info(f"newsroom: {len(plan.rebuild)} of {len(keys)} pages to build{why}, {len(plan.remove)} outputs removed")
    _preview.order = [file.url for file in pages.values()]
    _preview.built = {pages[src].url for src in plan.rebuild}
    return nav


def _nav_outline(items: list[Any]) -> list[Any]:
    """The navigation's titles and addresses (an untitled page: a fresh key, so every page is built)."""
    outline: list[Any] = []
    for item in items:
        if isinstance(item, NavSection):
            outline.append([item.title, _nav_outline(item.children)])
        else:
            title = item.title if item.title is not None else os.urandom(8).hex()
            outline.append([title, getattr(item, "url", None)])
    return outline


def _remembering_index(
    articles: list[Article],
    registry: Registry,
    profiles: list[Any],
    invalid: Any,
    published: list[Article],
    prefix: str = "",
) -> SiteIndex:
    """``build_index`` for a preview: the related articles of each section remembered between builds."""
    memory = _related.setdefault(prefix, incremental.RelatedMemory())
    return memory.build_index(articles, registry, profiles, invalid, published, prefix)


def _shared_outline(build: Build) -> list[Any]:
    """What many pages show besides the articles' text: the pictures (a changed picture's thumbnails
    are in lists)."""
    pictures = build.pictures.by_src_path
    return [[src, [variant.path for variant in picture.webp]] for src, picture in sorted(pictures.items())]


def _site_data(docs_dir: Path) -> dict[str, incremental.SiteData]:
    """By language: what its section's page keys are made of."""
    catalog, languages = _build.catalog, _build.languages
    generated = {src: _page_fingerprints.of(page) for src, page in _build.generated.items()}
    additions = {src: _page_fingerprints.of(page) for src, page in _build.additions.items()}
    found = {}
    for lang, section in languages.sections.items():
        index, prefix = section.index, section.language.prefix
        found[lang] = incremental.SiteData(
            source_digest=lambda src: _digests.of(docs_dir / src),
            article_digest=_articles.digest_of,
            articles=catalog.by_path,
            published=section.published,
            problems=lambda src: [*catalog.problems_by_path.get(src, ()), *_build.index.problems_by_path.get(src, ())],
            link_for=functools.cache(index.link_for),  # names recur across articles: looked up once a build
            spellings=functools.cache(index.spellings),
            related=index.related,
            generated=generated,
            additions=additions,
            feed_titles=lambda url, prefix=prefix: [
                _build.feeds[u].title for u in dict.fromkeys((prefix, url)) if u in _build.feeds
            ],
            home=section.language.home if prefix else HOME_PAGE,
            extra=_language_parts,
        )
    return found


def _language_parts(src_path: str, url: str) -> list[Any]:
    """What a page of a multilingual site shows of the other languages: switcher, versions."""
    languages = _build.languages
    if languages.single:
        return []
    versions = languages.versions(src_path)
    return [
        languages.lang_of(src_path),
        languages.switcher(src_path, url),
        sorted((lang, a.src_path, _articles.digest_of.get(a.src_path)) for lang, a in versions.items()),
    ]


def _end_preview_build(site_dir: Path) -> None:
    """Remove gone feeds, merge the search index of the pages just built into the whole site's; keep
    what this build wrote for the next one."""
    pending = _preview.pending
    if pending is None:
        return
    gone = [url for url in pending.feeds if url not in _build.feeds]
    for url in gone:
        del pending.feeds[url]
    incremental.remove_outputs([site_dir / f"{u}{name}" for u in gone for name in FEED_NAMES], site_dir)
    index_path = site_dir / "search" / "search_index.json"
    if index_path.is_file():
        merged = incremental.merge_search_index(
            index_path.read_text(encoding="utf-8"), _preview.built, _preview.order, pending.search
        )
        index_path.write_text(merged, encoding="utf-8")
    _preview.commit()


# The search plugin reads each page without our article lists (newsroom.site.search_view).
_full_content: dict[str, str] = {}


@event_priority(100)
def _hand_search_its_view(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    if _listing_search.gives(page.file.src_uri):  # its HTML is not read
        return context
    if _search_settings(config) is not None and page.content and os.environ.get("NEWSROOM_SEARCH_VIEW") != "off":
        _full_content[page.file.src_uri] = page.content
        page.content = search_view.without_excluded_lists(page.content)
    return context


@event_priority(-100)
def _give_the_page_back(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    full = _full_content.pop(page.file.src_uri, None)
    if full is not None:
        page.content = search_view.as_search_leaves_it(full)
    return context


on_page_context = CombinedEvent(_hand_search_its_view, _speak_the_pages_language, _add_head_tags, _give_the_page_back)


# A full build keeps what it may reuse in .cache/newsroom (newsroom.site.build_cache); these events only adapt.
_build_cache = build_cache.BuildCache(get_toc)


def _open_the_build_cache(*, config: MkDocsConfig) -> None:
    """Open the build cache, keyed by the environment (``mkdocs build`` only: a preview has its own)."""
    if _previewing:
        return
    names = ("site_url", "use_directory_urls", "markdown_extensions", "mdx_configs", "validation")
    settings = {name: config.get(name) for name in names} | {"theme": [config.theme.name, dict(config.theme)]}
    config_file = Path(config.config_file_path)
    environment = incremental.site_key(
        _digests,
        CODE_FOLDERS,
        _template_folders(config),
        build_cache.FORMAT,
        _digests.of(config_file),
        build_cache.digest(settings),  # objects (Markdown extensions) named by type and settings, stable
    )
    _build_cache.open(config_file.parent / CACHE_FOLDER, environment, config.markdown_extensions)
    search = _search_plugin(config)
    if search is not None and hasattr(search, "search_index"):
        _build_cache.index_search(search.search_index, lambda page: page.file.src_uri not in _build.generated)


@event_priority(-100)
def _markdown_from_cache(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build_cache.before_render(markdown, page)


@event_priority(100)
def _html_from_cache(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build_cache.after_render(html, page)


@event_priority(-100)
def _close_the_build_cache(*, config: MkDocsConfig) -> None:
    _build_cache.close(prune=not _dirty_build)


def on_build_error(*, error: Exception) -> None:
    _side_work.stop()
    _old_site.finish()
    _build_cache.close(prune=False)
    front_matter.end()  # a failed build keeps no article's front matter for the next
    collector.end_of_build()


# Generated pages: no Python-Markdown (newsroom.site.blank_pages), search entries given directly
# (newsroom.site.listing_search); these events only adapt.
_blank_pages = BlankPages(get_toc)
_listing_search = ListingSearch(
    lambda: _build.generated, lambda: [_build.index, *(s.index for s in _build.languages.sections.values())]
)


def _give_listings_their_entries(*, config: MkDocsConfig) -> None:
    _listing_search.install(getattr(_search_plugin(config), "search_index", None))


@event_priority(-110)
def _blank_markdown_unconverted(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _blank_pages.before_render(markdown, page)


@event_priority(110)
def _blank_render_given_back(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _blank_pages.after_render(html, page)


on_pre_build = CombinedEvent(on_pre_build, _open_the_build_cache, _give_listings_their_entries)
on_page_markdown = CombinedEvent(on_page_markdown, _markdown_from_cache, _blank_markdown_unconverted)
on_page_content = CombinedEvent(on_page_content, _html_from_cache, _blank_render_given_back)
on_post_build = CombinedEvent(on_post_build, _close_the_build_cache)
