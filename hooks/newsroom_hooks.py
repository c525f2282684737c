"""MkDocs hooks: a thin adapter from MkDocs events to the ``newsroom`` package.

All decisions live in ``newsroom``; this file only moves data between MkDocs
objects and it. The whole state is rebuilt by every ``on_files``, so a
``mkdocs serve`` rebuild never sees a previous build's articles; under ``mkdocs serve``
a rebuild builds only the pages whose content changed (``newsroom.site.previewer``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import mkdocs.commands.build
import mkdocs.structure.pages
import mkdocs.utils.meta
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from newsroom.site import (
    build_cache,
    front_matter,
    incremental,
    page_assembly,
    preview_server,
    quick_urls,
    shells,
    site_files,
)
from newsroom.site.blank_pages import BlankPages
from newsroom.site.build_state import BuildSite
from newsroom.site.chrome import section_config, section_nav
from newsroom.site.clock import Clock, ClockError
from newsroom.site.environment import CACHE_SETTINGS, PACKAGE_FOLDER, build_cache_environment, search_words_key
from newsroom.site.labels import Labels
from newsroom.site.languages import Language, LanguageError, site_languages
from newsroom.site.listing_search import ListingSearch
from newsroom.site.not_found import not_found_page
from newsroom.site.one_markdown import install as one_markdown_for
from newsroom.site.pagefind import PagefindError
from newsroom.site.previewer import PreviewPage
from newsroom.site.render import TemplateProblem
from newsroom.site.search_handover import SearchHandover
from newsroom.site.session import Session

REGISTRY_FOLDER = "registry"
CACHE_FOLDER = ".cache/newsroom"
CODE_FOLDERS = (PACKAGE_FOLDER, Path(__file__).parent)
"""The tool's code (``newsroom/``, ``hooks/``): what every page and cached value depends on."""
T = TypeVar("T")

_session = Session()
"""The mode, the build under way and what a server remembers (newsroom.site.session)."""
_languages: list[Language] = []
_files: Files | None = None


def _template_problems_stop_the_build(event: Callable[..., T]) -> Callable[..., T]:
    """A site's override template with a mistake stops the build with its file and line."""

    @functools.wraps(event)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return event(*args, **kwargs)
        except TemplateProblem as error:
            raise PluginError(f"newsroom: {error}") from None

    return run


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _custom_dir(config: MkDocsConfig) -> Path | None:
    """The site's own templates (``theme.custom_dir``, ``overrides/``)."""
    return Path(config.theme.custom_dir) if config.theme.custom_dir else None


def _newsroom_setting(config: MkDocsConfig, name: str) -> Any:
    return (config.extra.get("newsroom") or {}).get(name)


def _search_plugin(config: MkDocsConfig) -> Any:
    """Material's search plugin (or MkDocs' own), if the site uses one."""
    return config.plugins.get("material/search") or config.plugins.get("search")


def _search_settings(config: MkDocsConfig) -> Any:
    search = _search_plugin(config)
    return search.config if search is not None and search.config.get("enabled", True) else None


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
    if _session.previewing:
        _list_the_theme_once(config)
        if (search := _search_settings(config)) is not None:
            key = search_words_key(_session.digests, config.theme["language"], _custom_dir(config))
            _session.previewer.search_words.fill(search, key)
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Under serve: remember the search plugin's words, which it asks the theme for (``on_config``).
    A clean build: the last build's site removed beside this one (newsroom.site.old_output)."""
    if _session.previewing and (search := _search_settings(config)) is not None:
        _session.previewer.search_words.remember(search)
    _session.set_old_site_aside(Path(config.site_dir), _root(config) / CACHE_FOLDER)


def _list_the_theme_once(config: MkDocsConfig) -> None:
    """Under serve: the installed theme's files are listed once, not on every rebuild."""
    theme = config.theme
    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        _session.previewer.theme_listing.install(env, list(theme.static_templates))
        return env

    theme.get_env = get_env  # type: ignore[method-assign]


class _SiteFiles:
    """MkDocs' ``Files`` as ``newsroom.site.site_files.FileList``."""

    def __init__(self, files: Files, config: MkDocsConfig) -> None:
        self.files, self.config = files, config

    def has(self, src_path: str) -> bool:
        return self.files.get_file_from_path(src_path) is not None

    def add(self, file: site_files.SiteFile) -> None:
        nav = {None: InclusionLevel.UNDEFINED, True: InclusionLevel.INCLUDED, False: InclusionLevel.NOT_IN_NAV}
        content, abs_src_path = file.content, file.abs_src_path
        made = File.generated(
            self.config, file.src_path, content=content, abs_src_path=abs_src_path, inclusion=nav[file.in_nav]
        )
        self.files.append(made)

    def remove(self, src_path: str) -> None:
        self.files.remove(self.files.get_file_from_path(src_path))


def _site_settings(config: MkDocsConfig) -> site_files.SiteSettings:
    return site_files.SiteSettings(
        Path(config.docs_dir),
        _root(config) / CACHE_FOLDER,
        config.site_name,
        config.site_url,
        config.site_description or "",
        config.theme["language"],
        _custom_dir(config),
        bool(_newsroom_setting(config, "sharing_cards")),
    )


@_template_problems_stop_the_build
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read every article once, build the index pages, keep drafts out of a build."""
    front_matter.begin(mkdocs.utils.meta)  # the articles' front matter read once, for MkDocs too
    try:
        clock = Clock.for_site(config.extra)
    except ClockError as error:
        raise PluginError(f"newsroom: {error}") from None
    documents = files.documentation_pages()
    pages, language = [(f.src_uri, f.url) for f in documents], config.theme["language"]
    registry_dir, custom_dir = _root(config) / REGISTRY_FOLDER, _custom_dir(config)
    build = _session.start(
        BuildSite(Path(config.docs_dir), pages, registry_dir, custom_dir, language, _languages, clock)
    )
    drafts = build.drafts()
    for file in documents:
        if file.src_uri in drafts:
            file.inclusion = InclusionLevel.DRAFT
    editors_pages = {url: src for src, url in pages if src not in drafts}  # as documentation_pages() now
    _session.add_files(build, _SiteFiles(files, config), _site_settings(config), editors_pages)
    folders = [Path(f.abs_dest_path).parent for f in files.documentation_pages()] if _session.clean else []
    _session.write_aside(folders, Path(config.site_dir), config.site_url)  # MkDocs emptied the site folder
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    """Articles' pictures; the feeds one by one (so that none waits in memory); Pagefind's index if asked."""
    try:
        _session.end(Path(config.site_dir), config.site_url, _newsroom_setting(config, "search") == "pagefind")
    except PagefindError as error:
        raise PluginError(str(error)) from None


@_template_problems_stop_the_build
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Titles are text, never markup; generated pages skip Markdown (their HTML comes below)."""
    src_path, pagefind = page.file.src_uri, _newsroom_setting(config, "search") == "pagefind"
    page_assembly.language_meta(_session.build, src_path, page.url, page.meta, config.site_url, pagefind)
    if page.file.inclusion.is_not_in_nav():  # the theme's page around it made once per kind (newsroom.site.shells)
        page.meta.setdefault("template", shells.TEMPLATE)
    return "" if page_assembly.page_meta(_session.build, src_path, page.meta) else markdown


@_template_problems_stop_the_build
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Article header and related articles; the latest articles on the home page; index lists;
    on a page whose front matter has problems, a note saying what they are."""
    return page_assembly.page_content(_session.build, html, page.file.src_uri, page.url)


@_template_problems_stop_the_build
def _add_head_tags(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """The page's head tags, made as it is built (not kept for every page all build long)."""
    build, src_path = _session.build, page.file.src_uri
    page.meta["newsroom_head"] = page_assembly.head_tags(
        build, src_path, page.url, page.meta, config.site_url, config.site_name
    )
    return context


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """A written page's HTML and head tags are not needed again: let them go (peak memory)."""
    page.content = ""
    page.meta.pop("newsroom_head", None)
    return output


def _speak_the_pages_language(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """A page of another language's section: the navigation and site name in its language."""
    lang = _session.build.languages.lang_of(page.file.src_uri)
    context["newsroom_labels"] = Labels(lang)
    section = _session.build.languages.section(lang)
    if section.language.prefix:
        context["nav"] = section_nav(nav, section.language.prefix, _page_of, section.renderer.labels.__getitem__)
        overrides = {"site_name": section.language.site_name, "copyright": section.language.copyright}
        context["config"] = section_config(config, overrides | {"site_description": section.language.description})
    return context


@_template_problems_stop_the_build
def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """A multilingual site's 404 page says "not found" in every language (``newsroom.site.not_found``)."""
    if template_name == "404.html":
        languages, renderer = _session.build.languages.languages, _session.build.renderer
        context["newsroom_not_found"] = not_found_page(languages, context["base_url"], config.site_name, renderer)
    return context


def _page_of(src_path: str) -> Page | None:
    file = _files.get_file_from_path(src_path) if _files is not None else None
    return file.page if file is not None else None


# Preview: `mkdocs serve` rebuilds only what changed (newsroom.site.previewer); these events only adapt.


def on_startup(*, command: str, dirty: bool) -> None:
    """Only a server remembers builds (``mkdocs build --dirty`` is MkDocs' own, by modification times)
    and shows drafts' pictures."""
    _session.previewing, _session.dirty = command == "serve", dirty
    one_markdown_for(mkdocs.structure.pages)  # one Markdown converter for every page (newsroom.site.one_markdown)
    if _session.previewing:  # MkDocs makes every page's object again on every rebuild: its URL work made cheaper
        quick_urls.install(mkdocs.structure.pages)
        _session.previewer.file_listing.install(mkdocs.commands.build)  # and lists docs/ again only when it changed


def on_serve(server: Any, *, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    """Watch the registry and the theme's overrides too; rebuild without cleaning the site folder
    (MkDocs' ``dirty`` build), the pages to build again chosen by ``on_nav``."""
    root = _root(config)
    preview_server.watch_folders(server, [root / REGISTRY_FOLDER, Path(config.theme.custom_dir or root / "overrides")])
    if _session.previewing:
        preview_server.rebuild_dirty(server, builder, _session.previewer.collector.paused)
        preview_server.quicken(server, Path(config.docs_dir))
    return server


def on_shutdown() -> None:
    """The server ends: no more search index runs, and the one under way finishes first."""
    _session.search_index.stop()


def on_pre_template(template: Any, *, template_name: str, config: MkDocsConfig) -> Any:
    """Under serve: sitemap.xml and 404.html rendered again only when what they show changed."""
    return _session.previewer.template(template, template_name) if _session.previewing else template


def on_env(env: Any, *, config: MkDocsConfig, files: Files) -> Any:
    """The generated pages' shell template; under serve: the theme's templates compiled once, again
    only when one changes."""
    shells.install(env)
    front_matter.end()  # MkDocs has read every page
    if _session.previewing:
        env.bytecode_cache = _session.previewer.bytecode
    return env


def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Under serve: build again only the pages whose key changed; remove the outputs of gone pages."""
    global _files
    _files = files
    if not _session.previewing:
        return nav
    search = _search_plugin(config)
    if search is not None and hasattr(search, "search_index_prev"):
        search.search_index_prev = None  # the index of every page is merged by on_post_build
    templates, language = [c] if (c := _custom_dir(config)) else [], config.theme["language"]
    config_file = Path(config.config_file_path)
    previewer, build = _session.previewer, _session.build
    site = previewer.site_key(CODE_FOLDERS, templates, config_file, config.site_url, language, nav.items, build)
    documents = {f.src_uri: f for f in files.documentation_pages()}
    pages = {src: PreviewPage(file.url, file.abs_dest_path) for src, file in documents.items()}
    plan = previewer.plan(site, build, Path(config.docs_dir), pages, [file.abs_dest_path for file in files])
    for src, file in documents.items():
        file.is_modified = (lambda changed: lambda: changed)(src in plan.rebuild)  # type: ignore[method-assign]
    incremental.remove_outputs(plan.remove, Path(config.site_dir))
    return nav


# The search plugin reads each page without our article lists (newsroom.site.search_handover).
_search_handover = SearchHandover()


@event_priority(100)
def _hand_search_its_view(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    searching = _search_settings(config) is not None and not _listing_search.gives(page.file.src_uri)
    page.content = _search_handover.hand_over(page.file.src_uri, page.content, searching)
    return context


@event_priority(-100)
def _give_the_page_back(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    page.content = _search_handover.give_back(page.file.src_uri, page.content)
    return context


on_page_context = CombinedEvent(_hand_search_its_view, _speak_the_pages_language, _add_head_tags, _give_the_page_back)


# A full build keeps what it may reuse in .cache/newsroom (newsroom.site.build_cache); these events only adapt.
_build_cache = build_cache.BuildCache(get_toc)


def _open_the_build_cache(*, config: MkDocsConfig) -> None:
    """Open the build cache, keyed by the environment (``mkdocs build`` only: a preview has its own)."""
    if _session.previewing:
        return
    settings = {name: config.get(name) for name in CACHE_SETTINGS} | {"theme": [config.theme.name, dict(config.theme)]}
    templates, config_file = [c] if (c := _custom_dir(config)) else [], Path(config.config_file_path)
    environment = build_cache_environment(_session.digests, CODE_FOLDERS, templates, config_file, settings)
    _build_cache.open(config_file.parent / CACHE_FOLDER, environment, config.markdown_extensions)
    search = _search_plugin(config)
    if search is not None and hasattr(search, "search_index"):
        _build_cache.index_search(search.search_index, lambda page: page.file.src_uri not in _session.build.generated)


@event_priority(-100)
def _markdown_from_cache(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build_cache.before_render(markdown, page)


@event_priority(100)
def _html_from_cache(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build_cache.after_render(html, page)


@event_priority(-100)
def _close_the_build_cache(*, config: MkDocsConfig) -> None:
    _build_cache.close(prune=not _session.dirty)


def on_build_error(*, error: Exception) -> None:
    _build_cache.close(prune=False)
    _session.fail()


# Generated pages: no Python-Markdown (newsroom.site.blank_pages), search entries given directly
# (newsroom.site.listing_search); these events only adapt.
_blank_pages = BlankPages(get_toc)
_listing_search = ListingSearch(lambda: _session.build.generated, lambda: _session.build.indexes())


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
