"""Incremental rebuilds for the preview: what changed since the last build, from plain data.

A preview server rebuilds after every save. Rebuilding only what changed is right only if every
page's output is a function of data we can name; this module names it. Each page gets a **key**:
everything its HTML is made of (its source file's content digest, the articles it lists, the
names it links, its problems, the feeds it announces), as plain immutable data kept by the running
process and compared as it is (serialising and hashing it for every page cost more than comparing).
A page is built again exactly when its key differs from the one it had when last built; a change
to anything that every page shares
(the tool's code and templates, ``mkdocs.yml``, the theme, the navigation, package versions) is
the **site key**, and changes every page's key. Pages of the last build that are gone (deleted,
renamed) have their output removed.

Files are known by the SHA-256 of their bytes (remembered by size, modification time, inode and
change time, so an unchanged file is not read again); articles are parsed again only when their
bytes changed; the registry only when one of its files changed. Nothing here trusts a time alone.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import gc
import hashlib
import importlib.metadata
import json
import logging
import operator
import os
import sys
import sysconfig
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from newsroom.article import Article, ArticleError
from newsroom.files import file_stamp
from newsroom.kinds import KINDS, PEOPLE, TAGS
from newsroom.registry import Registry, load_registry
from newsroom.site import front_matter
from newsroom.site.indexes import (
    COMPANION_COUNT,
    MAX_RELATING_ARTICLES,
    RELATED_COUNT,
    Profile,
    SiteIndex,
    Term,
    build_index,
    companions,
    related_articles,
)
from newsroom.site.pages import PageContent, archive_index, articles_by_year, kind_index, term_pages, year_pages
from newsroom.site.render import Renderer

PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pyyaml",
    "feedgen",
    "pygments",
    "jieba",
)
"""Packages whose version changes what a build writes."""
FORMAT = "1"
"""Bumped whenever what a key covers changes."""
SOURCE_SUFFIXES = (".py", ".html", ".txt", ".json", ".yml", ".yaml", ".css", ".js")
"""The tool's files that a key covers (its code, templates and word lists)."""


def digest(*parts: Any) -> str:
    """A SHA-256 of plain data (strings, numbers, lists, dicts), stable across processes."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Key = tuple[Any, ...]
"""A key kept by the running process only: plain immutable data (strings, numbers, None, tuples),
compared as it is; cheaper than a digest, which serialises the data first."""
_PLAIN = (str, int, float, bool, type(None))


def frozen(value: Any) -> Any:
    """``value`` as immutable plain data: lists and sets become tuples, dicts tuples of pairs, any other
    object its text (as ``digest`` reads it), so that a key never changes after it is made."""
    if isinstance(value, _PLAIN):
        return value
    if type(value) is tuple and all(type(item) is str for item in value):
        return value  # already immutable (a name's spellings)
    if isinstance(value, (list, tuple)):
        return tuple(frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted(((str(k), frozen(v)) for k, v in value.items()), key=lambda pair: pair[0]))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((frozen(item) for item in value), key=repr))
    return ("", type(value).__name__, str(value))


class Digests:
    """Files' content digests, read again only when a file's size, times or inode changed."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple[int, ...], str]] = {}

    def read(self, path: Path) -> tuple[bytes | None, str | None]:
        """The file's bytes (None when it was not read: unchanged, or unreadable) and digest."""
        try:
            stamp = file_stamp(path)
        except OSError:
            return None, None
        known = self._known.get(str(path))
        if known is not None and known[0] == stamp:
            return None, known[1]
        try:
            data = path.read_bytes()
        except OSError:
            return None, None
        found = hashlib.sha256(data).hexdigest()
        self._known[str(path)] = (stamp, found)
        return data, found

    def of(self, path: Path) -> str | None:
        """The file's digest, or None when it cannot be read."""
        return self.read(path)[1]

    def of_tree(self, folder: Path, suffixes: tuple[str, ...] = ()) -> str:
        """One digest of every file under ``folder`` (names and contents); ``""`` when it is missing."""
        if not folder.is_dir():
            return ""
        paths = sorted(p for p in folder.rglob("*") if p.is_file() and (not suffixes or p.suffix in suffixes))
        return digest([(p.relative_to(folder).as_posix(), self.of(p)) for p in paths])


class ArticleReader:
    """An ``ArticleReader`` (``load_catalog``'s) parsing a file again only when its bytes changed.

    ``digest_of[src_path]`` is the digest of each article read in the current build.
    """

    def __init__(self, digests: Digests) -> None:
        self.digests = digests
        self._parsed: dict[tuple[str, str, str], Article | ArticleError] = {}
        self._seen: dict[tuple[str, str, str], Article | ArticleError] = {}
        self.digest_of: dict[str, str] = {}

    def start(self) -> None:
        """A new build: forget what the last build did not read again."""
        self._parsed, self._seen, self.digest_of = self._seen or self._parsed, {}, {}

    def __call__(self, path: Path, origin: str, src_path: str) -> Article:
        data, found = self.digests.read(path)
        key = (found or "", origin, src_path)
        parsed = self._parsed.get(key) if found else None
        if parsed is None:
            parsed = self._parse(path, data, origin, src_path)
            if found is not None and not isinstance(parsed, Article):
                found = None  # a file that cannot be read is read again next time
        if found is not None:
            self._seen[key] = parsed
            self.digest_of[src_path] = found
        if isinstance(parsed, ArticleError):
            raise parsed
        return copy.copy(parsed)  # a copy (as dataclasses.replace makes, faster): the catalog completes it

    @staticmethod
    def _parse(path: Path, data: bytes | None, origin: str, src_path: str) -> Article | ArticleError:
        try:
            if data is None:
                data = path.read_bytes()
            article = front_matter.read_article(data.decode("utf-8-sig"), origin, src_path)
        except UnicodeDecodeError:
            return ArticleError(origin, ["not UTF-8 text"])
        except OSError as error:
            return ArticleError(origin, [f"cannot be read ({error.strerror})"])
        except ArticleError as error:
            return error
        article.body = ""  # the index needs front matter only
        return article


class RegistryCache:
    """The registry, read again only when one of its files changed (``load_registry`` otherwise)."""

    def __init__(self, digests: Digests) -> None:
        self.digests = digests
        self._key: str | None = None
        self._registry: Registry | None = None
        self.key = ""

    def load(self, folder: Path) -> Registry:
        """``load_registry(folder)``; its errors (``RegistryError``) are raised every time."""
        self.key = self.digests.of_tree(folder, (".yml", ".yaml"))
        if self._registry is None or self._key != self.key:
            self._registry, self._key = None, None
            self._registry = load_registry(folder)
            self._key = self.key
        return self._registry


_versions: str | None = None


def installed_versions(names: Iterable[str] = PACKAGES) -> list[tuple[str, str]]:
    """Each package's installed version (``""`` when it is not installed)."""
    found = []
    for name in names:
        try:
            found.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            found.append((name, ""))
    return found


def package_versions() -> str:
    """Python's and the build packages' versions (read once per process: a running process keeps
    the code it has loaded)."""
    global _versions
    if _versions is None:
        _versions = digest(FORMAT, sys.version, installed_versions())
    return _versions


def site_key(digests: Digests, code_folders: Iterable[Path], template_folders: Iterable[Path], *extra: Any) -> str:
    """What every page shares: our code and templates, the theme's overrides, versions, ``extra``
    (the configuration file's bytes, the site URL, the navigation...)."""
    code = [digests.of_tree(folder, SOURCE_SUFFIXES) for folder in code_folders]
    templates = [digests.of_tree(folder) for folder in template_folders]
    return digest(package_versions(), code, templates, *extra)


@dataclass
class SiteData:
    """What one build knows, as the page keys need it (no rendering)."""

    source_digest: Callable[[str], str | None]
    """A docs path's content digest (None for a file that cannot be read)."""
    article_digest: Mapping[str, str]
    articles: Mapping[str, Article]
    published: list[Article]
    problems: Callable[[str], list[str]]
    link_for: Callable[[str, str], str | None]
    spellings: Callable[[str, str], tuple[str, ...]]
    related: Mapping[str, list[Article]]
    generated: Mapping[str, str]
    """By docs path: a generated page's fingerprint."""
    additions: Mapping[str, str]
    """By docs path of an editor's page: the fingerprint of the index page that goes with it."""
    feed_titles: Callable[[str], list[str]]
    """By page URL: the titles of the feeds its head announces."""
    home: str = "index.md"
    home_count: int = 20
    extra: Callable[[str, str], Any] = lambda src_path, url: None
    """By docs path and URL: whatever else the page shows (a multilingual page's switcher and versions)."""
    published_paths: set[str] = field(default_factory=set)
    _names: dict[tuple[str, str], Key] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.published_paths = {article.src_path for article in self.published}

    def name_part(self, kind: str, name: str) -> Key:
        """A name as an article page shows it: the link and the spellings (once a build: names recur)."""
        found = self._names.get((kind, name))
        if found is None:
            spellings = frozen(self.spellings(kind, name))
            found = self._names[kind, name] = (kind, name, self.link_for(kind, name), spellings)
        return found


def page_key(src_path: str, url: str, site: SiteData) -> Key:
    """Everything the page's HTML is made of, besides what every page shares (a ``Key``)."""
    if src_path in site.generated:
        own: Key = ("generated", site.generated[src_path])
    else:  # an article's digest is its file's, as read for the catalog this build
        source = site.article_digest.get(src_path) or site.source_digest(src_path)
        own = ("source", source, site.additions.get(src_path))
    extra = site.extra(src_path, url)
    problems, feeds = tuple(site.problems(src_path)), tuple(site.feed_titles(url))
    parts: Key = (own, url, problems, feeds, frozen(extra) if extra else None)
    article = site.articles.get(src_path)
    if article is not None:
        parts += (_article_parts(article, site),)
    if src_path == site.home:
        parts += (tuple((a.src_path, site.article_digest.get(a.src_path)) for a in site.published[: site.home_count]),)
    return parts


def _article_parts(article: Article, site: SiteData) -> Key:
    """An article page: its names' links and spellings, its byline's link, its related articles."""
    names = tuple(site.name_part(kind.field, name) for kind in KINDS for name in getattr(article, kind.field))
    byline = site.link_for("authors", article.byline) if article.byline else None
    related = tuple((a.src_path, site.article_digest.get(a.src_path)) for a in site.related.get(article.src_path, ()))
    return (article.src_path in site.published_paths, names, byline, related)


@dataclass
class Plan:
    """What a build must do: the pages to build again, the outputs of the last build to remove."""

    rebuild: set[str]
    remove: list[Path]
    everything: bool = False
    """Whether the site key changed (or there was no last build)."""


@dataclass
class Preview:
    """What the last build wrote: the site key, each page's key and output, each feed's key, and the
    search index's entries by page. Committed only when a build ends well."""

    site: str = ""
    keys: dict[str, Key] = field(default_factory=dict)
    outputs: set[str] = field(default_factory=set)
    feeds: dict[str, Key] = field(default_factory=dict)
    search: dict[str, str] = field(default_factory=dict)
    pending: Preview | None = None
    """What the build under way writes (``plan``), committed by ``commit``."""
    order: list[str] = field(default_factory=list)
    """The build under way's page URLs, in build order."""
    built: set[str] = field(default_factory=set)
    """The URLs of the pages the build under way builds again."""

    @property
    def pending_site(self) -> str:
        """The site key of the build under way (``""`` outside a preview)."""
        return self.pending.site if self.pending is not None else ""

    def plan(self, site: str, keys: Mapping[str, Key], outputs: Iterable[str], dest: Callable[[str], str]) -> Plan:
        """Pages whose key changed (all of them when the site key did, or the output is missing);
        the outputs of the last build that no file of this one writes."""
        outputs = set(outputs)
        if site != self.site:
            rebuild = set(keys)
        else:
            rebuild = {path for path, key in keys.items() if self.keys.get(path) != key}
            rebuild |= {path for path in keys if not os.path.isfile(dest(path))}
        remove = [Path(output) for output in sorted(self.outputs - outputs)]
        self.pending = Preview(site, dict(keys), outputs, dict(self.feeds), dict(self.search))
        return Plan(rebuild, remove, site != self.site)

    def commit(self) -> None:
        """The build ended well: what it wrote is what the next one compares with."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self.site, self.keys, self.outputs = pending.site, pending.keys, pending.outputs
            self.feeds, self.search = pending.feeds, pending.search


def not_the_dirty_build_warning(record: logging.LogRecord) -> bool:
    """A logging filter: MkDocs warns that a dirty build may leave links stale; ours does not."""
    return "'dirty' build" not in record.getMessage()


def remove_outputs(paths: Iterable[Path], site_dir: Path) -> None:
    """Remove a gone page's output, and the folders it leaves empty (never ``site_dir`` itself)."""
    root = site_dir.resolve()
    for path in paths:
        path.unlink(missing_ok=True)
        folder = path.parent
        while folder.resolve() != root and root in folder.resolve().parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


def feed_key(feed: Any, site_url: str, article_digest: Mapping[str, str], site: str) -> Key:
    """A feed's document is made of its fields, its articles' front matter and what every page shares."""
    articles = tuple((a.src_path, article_digest.get(a.src_path), str(a.moment)) for a in feed.articles)
    return (*frozen((feed.title, feed.description, feed.page_url, feed.lang, site_url, site)), articles)


def merge_search_index(written: str, built_pages: set[str], order: list[str], known: dict[str, str]) -> str:
    """Material's search index for every page, from the one it wrote for the pages just built.

    ``known`` (page URL: its entries as JSON, comma-separated) is updated in place: the pages just
    built replace theirs, pages not in ``order`` (this build's page URLs, in build order) are dropped.
    The result is the index a full build writes: ``{"config": ..., "docs": [...]}``.
    """
    data = json.loads(written)
    fresh: dict[str, list[dict[str, Any]]] = {url: [] for url in built_pages}
    for entry in data.get("docs", []):
        page = str(entry.get("location", "")).split("#", 1)[0]
        fresh.setdefault(page, []).append(entry)
    for page, entries in fresh.items():
        known[page] = ",".join(json.dumps(e, separators=(",", ":"), default=str) for e in entries)
    current = set(order)
    for page in [page for page in known if page not in current]:
        del known[page]
    docs = ",".join(known[page] for page in order if known.get(page))
    config = json.dumps(data.get("config", {}), separators=(",", ":"), default=str)
    return f'{{"config":{config},"docs":[{docs}]}}'


class BytecodeMemory(jinja2.BytecodeCache):
    """Compiled templates kept in memory between builds of one process. Jinja checks each entry
    against the template's source (a checksum), so an edited template is compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class TermPagesMemory:
    """Each term's pages, rendered again only when what they show changed (``pages.index_pages``,
    the same pages): the term, its articles' front matter, the names it is named with, the templates."""

    def __init__(self) -> None:
        self._pages: dict[Key, list[PageContent]] = {}
        self._used: dict[Key, list[PageContent]] = {}
        self._chunks: dict[Key, str] = {}
        self._chunks_used: dict[Key, str] = {}

    def start(self) -> None:
        """A new build: forget what the last build did not use."""
        self._pages, self._used = self._used or self._pages, {}
        self._chunks, self._chunks_used = self._chunks_used or self._chunks, {}

    def index_pages(
        self,
        index: SiteIndex,
        published: list[Article],
        renderer: Renderer,
        article_digest: Mapping[str, str],
        templates: str,
        prefix: str = "",
        by_page: bool = False,
    ) -> list[PageContent]:
        """``newsroom.site.pages.index_pages(index, published, renderer, prefix)``; ``templates`` is a
        digest of the renderer's templates and language. ``by_page``: a long list's pages are each
        rendered again only when their own articles changed (when no site template overrides ours,
        which could show on one page what the others list)."""
        templates = digest(templates, prefix, renderer.labels.lang)

        def pages_of(base: Key) -> Any:
            return _PageByPage(renderer, self, base, pair_of) if by_page else renderer

        years = articles_by_year(published)
        pair_of = {a.src_path: (a.src_path, _digest_of(a, article_digest)) for a in published}
        digests = {year: _pairs(of, pair_of, article_digest) for year, of in years.items()}
        archive = self._remembered(
            (templates, "archive", tuple(digests.items())), lambda: [archive_index(years, renderer, prefix)]
        )
        pages = list(archive)  # a new list: the remembered one is never extended
        for year, found in years.items():
            key = (templates, "year", year, digests[year])
            list_renderer = pages_of((templates, "year", year, len(found)))
            pages.extend(self._remembered(key, lambda y=year, f=found, r=list_renderer: year_pages(y, f, r, prefix)))
        for kind in KINDS:
            listed = tuple((t.name, t.url, len(t.articles)) for t in index.terms[kind.field].values())
            key = (templates, "index", kind.field, listed)
            pages.extend(self._remembered(key, lambda kind=kind: [kind_index(kind, index, renderer, prefix)]))
            for term in index.terms[kind.field].values():
                key = _term_key(term, index, _pairs(term.articles, pair_of, article_digest), templates)
                list_renderer = pages_of(_term_key(term, index, len(term.articles), templates))
                pages.extend(self._remembered(key, lambda t=term, r=list_renderer: term_pages(t, index, r)))
        return pages

    def _remembered(self, key: Key, render: Callable[[], list[PageContent]]) -> list[PageContent]:
        found = self._pages.get(key)
        if found is None:
            found = render()
        self._used[key] = found
        return found

    def _chunk(self, key: Key, render: Callable[[], str]) -> str:
        found = self._chunks.get(key)
        if found is None:
            found = render()
        self._chunks_used[key] = found
        return found


class _PageByPage:
    """The renderer ``pages._pages`` is given: one page of a long list rendered again only when its
    own articles (their paths and digests), its place in the list or the list's ``base`` key changed."""

    def __init__(self, renderer: Renderer, memory: TermPagesMemory, base: Key, pair_of: Mapping[str, Key]) -> None:
        self.renderer, self.memory, self.base, self.pair_of = renderer, memory, base, pair_of
        self.labels = renderer.labels

    def render(self, template: str, **context: Any) -> str:
        groups = context.get("groups")
        if groups is None:  # not a page of the list (a profile's head)
            return self.renderer.render(template, **context)
        articles = tuple(
            self.pair_of.get(a.src_path) or (a.src_path, digest(str(a))) for g in groups for a in g.articles
        )
        place = (context.get("number"), context.get("page_url"), context.get("pager"))
        key = (self.base, template, place, articles)
        return self.memory._chunk(key, lambda: self.renderer.render(template, **context))


_SRC_PATH = operator.attrgetter("src_path")


def _digest_of(article: Article, article_digest: Mapping[str, str]) -> str:
    return article_digest.get(article.src_path) or digest(str(article))


def _pairs(articles: list[Article], pair_of: Mapping[str, Key], article_digest: Mapping[str, str]) -> Key:
    """Each article's path and digest (its URL is its path's), looked up in ``pair_of`` when there."""
    found = tuple(map(pair_of.get, map(_SRC_PATH, articles)))
    if None in found:
        return tuple((a.src_path, _digest_of(a, article_digest)) for a in articles)
    return found


def _term_key(term: Term, index: SiteIndex, articles: Key, templates: str) -> Key:
    named_with = tuple((other.name, other.url, count) for other, count in index.companions.get(term.name, []))
    profile = frozen(dataclasses.astuple(term.profile)) if term.profile else None
    return (templates, term.kind.field, term.name, term.url, frozen(term.role), profile, articles, named_with)


class RelatedMemory:
    """``indexes.build_index`` whose related articles are scored again only when what the scoring
    reads changed: which articles are listed, their dates and the (resolved) people and tags they
    name; so are the people named together (``companions``). A title or body edit reuses both, with
    this build's articles and terms."""

    def __init__(self) -> None:
        self._key: Key = ()
        self._related: dict[str, list[str]] = {}
        self._companions: dict[str, list[tuple[str, int]]] = {}

    def build_index(
        self,
        articles: list[Article],
        registry: Registry,
        profiles: list[Profile],
        invalid: list[dict[str, list[str]]],
        published: list[Article],
        prefix: str = "",
    ) -> SiteIndex:
        index = build_index(articles, registry, profiles, invalid, published, with_related=False, prefix=prefix)
        listed = [a for a in published if not a.draft]  # as build_index lists them (the scoring ignores the order)
        people = index.terms[PEOPLE.field]
        key = _relating(listed, index)
        key += (sorted(people), MAX_RELATING_ARTICLES, RELATED_COUNT, COMPANION_COUNT)
        if key != self._key:
            found = related_articles(listed, index)
            self._related = {src: [a.src_path for a in others] for src, others in found.items()}
            name_of = {id(term): name for name, term in people.items()}
            together = companions(index)
            self._companions = {name: [(name_of[id(t)], n) for t, n in found] for name, found in together.items()}
            self._key = key
        by_path = {article.src_path: article for article in listed}
        index.related = {src: [by_path[other] for other in others] for src, others in self._related.items()}
        index.companions = {name: [(people[o], n) for o, n in found] for name, found in self._companions.items()}
        return index


def _relating(listed: list[Article], index: SiteIndex) -> Key:
    """What the scoring reads: each article's date and the people and tags it names as written (in
    path order: a title edit reorders the list), and how the index resolves those names."""
    written = sorted((a.src_path, a.date.toordinal(), tuple(a.people), tuple(a.tags)) for a in listed)
    return (written, index.resolvers[PEOPLE.field].table(), index.resolvers[TAGS.field].table())


def _installed(folder: Path) -> bool:
    """Whether ``folder`` is inside the environment's installed packages."""
    found = folder.resolve()
    packages = {Path(sysconfig.get_paths()[name]).resolve() for name in ("purelib", "platlib")}
    return any(found.is_relative_to(root) for root in packages)


class ThemeListing:
    """The theme's file list for a preview: an installed theme's folders (under the environment's
    site-packages) are walked once per process (a running server keeps the packages it loaded), any
    other folder (a site's overrides, wherever they are) every build.

    MkDocs lists every theme file on every build to find the theme's static files; Material has
    thousands of icons, and walking and filtering them is a tenth of a preview rebuild.
    """

    def __init__(self) -> None:
        self._walks: dict[str, list[str]] = {}
        self._chosen: dict[tuple[Any, ...], list[str]] = {}

    def install(self, env: jinja2.Environment, settings: Any) -> None:
        """Give ``env`` these lists; ``settings``: whatever the caller's filter depends on besides names."""
        loader = env.loader
        if not isinstance(loader, jinja2.FileSystemLoader):
            return
        loader.list_templates = lambda: self._names(loader)  # type: ignore[method-assign]
        list_filtered = env.list_templates

        def list_templates(extensions: Any = None, filter_func: Any = None) -> list[str]:
            names = tuple(loader.list_templates())
            key = (names, tuple(extensions or ()), filter_func is None, repr(settings))
            if key not in self._chosen:
                self._chosen = {key: list_filtered(extensions, filter_func)}  # only the last is kept
            return list(self._chosen[key])

        env.list_templates = list_templates  # type: ignore[method-assign]

    def _names(self, loader: jinja2.FileSystemLoader) -> list[str]:
        found: set[str] = set()
        for folder in loader.searchpath:
            if not _installed(Path(folder)):
                found.update(jinja2.FileSystemLoader(folder, followlinks=loader.followlinks).list_templates())
                continue
            if folder not in self._walks:
                self._walks[folder] = jinja2.FileSystemLoader(folder, followlinks=loader.followlinks).list_templates()
            found.update(self._walks[folder])
        return sorted(found)


class PageFingerprints:
    """``PageContent.fingerprint()`` of the pages of this build and the last (a remembered index page
    is the same object build after build: its fingerprint is not computed again)."""

    def __init__(self) -> None:
        self._known: dict[PageContent, str] = {}
        self._used: dict[PageContent, str] = {}

    def start(self) -> None:
        """A new build: forget what the last build did not use."""
        self._known, self._used = self._used or self._known, {}

    def of(self, page: PageContent) -> str:
        """The page's fingerprint."""
        found = self._used.get(page) or self._known.get(page) or page.fingerprint()
        self._used[page] = found
        return found


class SearchWords:
    """Material's search plugin asks the theme's language template for its word separator, its
    pipeline and (when not set) its languages, compiling and running that template on every
    build. A preview remembers what it answered, by what the answer depends on (the theme's
    language, its templates, the packages), and gives it back before it asks."""

    SETTINGS = ("lang", "separator", "pipeline")

    def __init__(self) -> None:
        self._known: dict[str, dict[str, Any]] = {}
        self._unset: list[str] = []
        self._key = ""

    @staticmethod
    def _is_unset(settings: Any, name: str) -> bool:
        """As the plugin decides whether to ask (``pipeline`` may be an empty list on purpose)."""
        value = settings.get(name)
        return value is None if name == "pipeline" else not value

    def fill(self, settings: Any, key: str) -> None:
        """Before the plugin's ``on_config``: settings left unset get what the theme answered last time."""
        self._key, self._unset = key, [name for name in self.SETTINGS if self._is_unset(settings, name)]
        known = self._known.get(key)
        for name in self._unset if known is not None else ():
            settings[name] = json.loads(known[name])

    def remember(self, settings: Any) -> None:
        """After it: what the theme answered for the settings that were unset."""
        if self._key and self._key not in self._known and all(name in settings for name in self._unset):
            self._known[self._key] = {name: json.dumps(settings[name]) for name in self._unset}
        self._key, self._unset = "", []


class SitemapMemory:
    """``sitemap.xml`` written again only when what it lists changed.

    The sitemap lists every page with its address and date (and, on a multilingual site, its
    versions): MkDocs renders it on every build, a loop over every page of the site. ``template``
    wraps the sitemap template so that its output is reused while the key is the same: what the
    template reads of each page, and the site key (its code, templates and configuration).
    """

    def __init__(self) -> None:
        self._key: Key | None = None
        self._output = ""

    def template(self, template: Any, site: str) -> Any:
        """A stand-in for ``template`` (``render(context)`` is all MkDocs asks of it)."""
        return _RememberedSitemap(template, self, site)

    def render(self, template: Any, context: Mapping[str, Any], site: str) -> str:
        key = (site, tuple(_sitemap_row(file) for file in context.get("pages") or ()))
        if key != self._key:
            self._key, self._output = None, ""
            self._output = template.render(context)
            self._key = key
        return self._output


def _sitemap_row(file: Any) -> Key | None:
    """What ``sitemap.xml`` reads of a page."""
    page = getattr(file, "page", None)
    if page is None:
        return None
    versions = page.meta.get("newsroom_versions") if page.meta else None
    return (page.is_link, page.abs_url, page.canonical_url, page.update_date, frozen(versions) if versions else None)


@dataclass
class _RememberedSitemap:
    template: Any
    memory: SitemapMemory
    site: str

    def render(self, context: Mapping[str, Any]) -> str:
        return self.memory.render(self.template, context, self.site)


class CollectorPause:
    """Python's cycle collector waits while a preview builds, and runs a moment after the build,
    when the page has been served.

    A rebuild makes and drops hundreds of thousands of objects (MkDocs makes every page and file
    object again); the collector, run by allocation counts, then walks every live object of the
    server one to three times per rebuild: a fifth to a third of a rebuild's time at 2,000
    articles. Collection only frees memory, never changes what is built. ``seconds`` after the
    last build ends, the collector is switched back on (as it was) and collects once. A build of
    many pages (``allow``: each page's Markdown converter is garbage in a cycle) collects as usual.
    """

    def __init__(self, seconds: float = 0.5) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._builds = 0
        self._building = False
        self._was_enabled: bool | None = None

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Around one build."""
        with self._lock:
            self._builds += 1
            self._building = True
            if self._was_enabled is None:
                self._was_enabled = gc.isenabled()
            gc.disable()
        try:
            yield
        finally:
            with self._lock:
                self._building = False
                timer = threading.Timer(self.seconds, self._resume, args=(self._builds,))
                timer.daemon = True
                timer.start()

    def allow(self) -> None:
        """The build under way builds many pages (its garbage would pile up): the collector runs as usual."""
        with self._lock:
            if self._building and self._was_enabled:
                gc.enable()

    def _resume(self, build: int) -> None:
        with self._lock:
            if self._building or build != self._builds or self._was_enabled is None:
                return  # another build started since: it resumes the collector when it ends
            if self._was_enabled:
                gc.enable()
            self._was_enabled = None
        gc.collect()


FEW_PAGES = 200
"""A rebuild of at most this many pages keeps the cycle collector waiting (``CollectorPause``)."""
PREVIEW_POLL_SECONDS = 0.25
"""How often a preview looks for saved files (MkDocs: every 0.5 s); a look at 2,000 articles is ~20 ms."""
PREVIEW_SETTLE_SECONDS = 0.02
"""How long a preview waits for more changes before it builds (MkDocs: 0.1 s). A polling watcher
reports all the changes one look found at once, and looks again only 0.25 s later: waiting longer
than a moment merges nothing more."""


def settle_sooner(server: Any, seconds: float) -> None:
    """Have MkDocs' live-reload server wait ``seconds`` for more changes before it builds."""
    if isinstance(getattr(server, "build_delay", None), (int, float)):
        server.build_delay = min(server.build_delay, seconds)


@contextlib.contextmanager
def watchers_waiting(observer: Any, most_seconds: float = 1.0) -> Iterator[None]:
    """While a preview builds, its polling watchers wait instead of looking (a look at every file of
    the site holds Python's lock for tens of milliseconds, slowing the build). A watcher that waited
    looks as soon as the build ends and compares with its last look: no change is missed.

    Each watcher's look holds its private ``_lock``; a watcher without one is left as it is.
    """
    held = []
    try:
        for emitter in list(getattr(observer, "emitters", ())):
            lock = getattr(emitter, "_lock", None)
            if callable(getattr(lock, "acquire", None)) and lock.acquire(timeout=most_seconds):
                held.append(lock)
        yield
    finally:
        for lock in held:
            lock.release()


def poll_sooner(observer: Any, seconds: float) -> None:
    """Have a watchdog polling observer's watchers look every ``seconds`` (its emitters read their
    private ``_timeout`` before each look; an observer without them is left as it is)."""
    for emitter in getattr(observer, "emitters", ()):
        if isinstance(getattr(emitter, "_timeout", None), (int, float)):
            emitter._timeout = seconds
    if isinstance(getattr(observer, "_timeout", None), (int, float)):
        observer._timeout = seconds  # watchers added later
