"""The build cache: what a full ``mkdocs build`` keeps in ``.cache/newsroom/`` for the next one.

One SQLite file (``build.sqlite3``) of rows ``key -> value``: each value is JSON text stored with
its SHA-256, and each key is a digest of everything the value was made from, the **environment
key** included (cache format, Python and package versions, the tool's own code, the Markdown
settings, ``mkdocs.yml``, the site address, the theme's templates). Nothing is ever looked up by
name or time, so a changed input gives a new key and a miss, never a stale value. A row whose
digest does not match, any SQLite error, or a file that does not open counts as a miss (the file
is moved aside and made anew); rows the last full build did not use are removed at its end.
Deleting ``.cache/`` is always safe: the next build is a cold one.

What is kept (``BuildCache``):

- each Markdown page's HTML as Python-Markdown makes it, with its table of contents, title and
  anchors, by the page's Markdown text and address. Only pages whose conversion logged nothing and
  whose HTML has no relative link or image are kept (MkDocs rewrites those from other pages' addresses);
- each Markdown page's entries in Material's search index, by what the search reads of the page;

This module is free of MkDocs types: it reads pages by their attributes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

FORMAT = "2"
"""Bumped whenever what is stored, or what a key covers, changes."""
FILE_NAME = "build.sqlite3"
SWITCH = "NEWSROOM_BUILD_CACHE"
"""``NEWSROOM_BUILD_CACHE=off`` builds without the cache (neither read nor written)."""
COMMIT_EVERY = 500
BUSY_SECONDS = 5.0

log = logging.getLogger("mkdocs.hooks.newsroom.cache")


def digest(*parts: Any) -> str:
    """A SHA-256 of plain data, stable across processes (objects by their type and settings)."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=_stable, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_key(*parts: Any) -> str:
    """A SHA-256 of strings and plain data: each string's UTF-8 bytes hashed as they are (a page's
    text is not written out as JSON first, as ``digest`` would), anything else through ``digest``;
    each part tagged and its length told, so that no two different lists of parts share a key."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else digest(part).encode("ascii")
        sha.update(b"s" if isinstance(part, str) else b"d")
        sha.update(len(data).to_bytes(8, "little"))
        sha.update(data)
    return sha.hexdigest()


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _stable(value: Any) -> Any:
    """A stand-in for what JSON cannot write: functions by name, objects by class and attributes."""
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if isinstance(value, Path):
        return value.as_posix()
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    if hasattr(value, "getConfigs"):  # a Markdown extension given as an object
        return [type(value).__module__, type(value).__qualname__, value.getConfigs()]
    return _ADDRESS.sub("", repr(value))


class Store:
    """The SQLite file: values by key, each checked against its digest when read.

    Every failure is a miss: the store then stops reading and writing for this build, and the file is
    moved aside when closed (the next build starts a new one).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.build = uuid.uuid4().hex
        self.broken = False
        self.writes = 0
        self.empty = False
        """Whether the file held no value when opened (a cold build): nothing to look up."""
        self._db: sqlite3.Connection | None = None

    def open(self) -> bool:
        """Open (or make) the file; one that is not a readable cache is moved aside and made anew."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        for attempt in range(2):
            try:
                self._db = self._connect()
                return True
            except sqlite3.Error as error:
                self._close_quietly()
                if _locked(error):  # another build holds it: this one goes on without
                    return False
                if attempt == 0:
                    log.info(f"newsroom: the build cache {self.path} could not be read ({error}); starting a new one")
                    self._move_aside()
        return False

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        self._db = db
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -256")  # KiB: one page at a time is read (peak memory)
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS entries"
            " (key TEXT PRIMARY KEY, value TEXT NOT NULL, digest TEXT NOT NULL, build TEXT NOT NULL)"
        )
        row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
        elif row[0] != FORMAT:
            raise sqlite3.DatabaseError(f"cache format {row[0]!r}, not {FORMAT!r}")
        db.execute("SELECT count(*) FROM entries WHERE key = ''").fetchone()
        self._check_size(db)
        self.empty = db.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        db.execute("BEGIN")
        return db

    def _check_size(self, db: sqlite3.Connection) -> None:
        """A file cut short (with no write-ahead log to complete it) is not a cache."""
        if Path(f"{self.path}-wal").exists() and Path(f"{self.path}-wal").stat().st_size:
            return
        (pages,), (size,) = db.execute("PRAGMA page_count").fetchone(), db.execute("PRAGMA page_size").fetchone()
        if self.path.stat().st_size < pages * size:
            raise sqlite3.DatabaseError(f"cut short: {self.path.stat().st_size} bytes of {pages * size}")

    def get(self, key: str) -> Any | None:
        """The value stored under ``key`` (None: none, or not intact); marks it used by this build."""
        if self._db is None or self.empty:
            return None
        try:
            row = self._db.execute("SELECT value, digest, build FROM entries WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            value, stored_digest, build = row
            if not isinstance(value, str) or hashlib.sha256(value.encode("utf-8")).hexdigest() != stored_digest:
                return None
            if build != self.build:
                self._db.execute("UPDATE entries SET build = ? WHERE key = ?", (self.build, key))
                self._wrote()
            return json.loads(value)
        except (sqlite3.Error, ValueError) as error:
            self._fail(error)
            return None

    def put(self, key: str, value: Any) -> None:
        if self._db is None:
            return
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        try:
            self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", (key, text, sha, self.build))
            self._wrote()
        except sqlite3.Error as error:
            self._fail(error)

    def _wrote(self) -> None:
        assert self._db is not None
        self.writes += 1
        if self.writes % COMMIT_EVERY == 0:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")

    def close(self, prune: bool) -> None:
        """Commit; with ``prune``, remove the rows this build did not use; checkpoint and close."""
        db, self._db = self._db, None
        if db is not None:
            try:
                if prune:
                    db.execute("DELETE FROM entries WHERE build != ?", (self.build,))
                db.execute("COMMIT")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                db.close()
            except sqlite3.Error as error:
                self._db = db
                self._fail(error)
        if self.broken:
            self._move_aside()

    def _fail(self, error: BaseException) -> None:
        """Go on without the cache; a file another build holds (locked) is left alone, any other is
        moved aside when closed."""
        log.info(f"newsroom: the build cache {self.path} failed ({error}); this build goes on without it")
        self.broken = self.broken or not _locked(error)
        self._close_quietly()

    def _close_quietly(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def _move_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            with contextlib.suppress(OSError):
                if suffix:
                    source.unlink()
                else:
                    os.replace(source, source.with_name(source.name + ".broken"))


def _locked(error: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection (not a fault of the file)."""
    return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))


class LogCount(logging.Handler):
    """Counts the log records of a build (a page whose conversion logged anything is not kept)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


# Extensions known to make a page's HTML from its Markdown and settings alone (not from other files).
_PURE_PREFIXES = ("markdown.extensions.", "pymdownx.", "material.extensions.")
_BUILT_IN = frozenset(
    "abbr admonition attr_list codehilite def_list extra fenced_code footnotes legacy_attrs legacy_em"
    " md_in_html meta nl2br sane_lists smarty tables toc wikilinks".split()
)
_READS_FILES = frozenset({"pymdownx.snippets", "pymdownx.b64", "pymdownx.pathconverter"})
_RELATIVE_LINK = re.compile(r"""\s(?:href|src)\s*=\s*(?!["']?(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#))""")


def pure_extensions(extensions: Iterable[Any]) -> bool:
    """Whether every Markdown extension is known to read nothing but the page (else nothing is kept)."""
    for extension in extensions:
        if not isinstance(extension, str):
            return False
        if extension in _READS_FILES or not (extension in _BUILT_IN or extension.startswith(_PURE_PREFIXES)):
            return False
    return True


def toc_tokens(toc: Iterable[Any]) -> list[dict[str, Any]]:
    """A page's table of contents (MkDocs' ``AnchorLink`` items) as Python-Markdown's toc tokens."""
    return [
        {"level": item.level, "id": item.id, "name": item.title, "children": toc_tokens(item.children)} for item in toc
    ]


class BuildCache:
    """What one build reads from and keeps in the store: Markdown pages' HTML and search entries, each
    by what it is made of and the environment.

    ``before_render`` sees the Markdown MkDocs is about to convert: on a hit it gives the page a
    ``render`` of its own that sets the kept HTML, table of contents, title and anchors as the
    conversion would have (so neither Python-Markdown nor its set-up runs); ``after_render`` gives the
    page its ``render`` back, or on a miss keeps the page when it may. ``make_toc`` turns toc tokens
    into the page's ``toc`` (MkDocs' ``get_toc``). ``index_search`` does the same for its search entries.
    """

    def __init__(self, make_toc: Callable[[list[dict[str, Any]]], Any]) -> None:
        self.make_toc = make_toc
        self.store: Store | None = None
        self.environment = ""
        self.markdown = False
        self.logged = LogCount()
        self.hits = self.misses = self.kept = 0
        self.search_hits = 0
        self._pending: dict[str, tuple[str, int]] = {}
        self._found: set[str] = set()

    def open(
        self,
        folder: Path,
        environment: str,
        extensions: Iterable[Any],
        enabled: bool = True,
    ) -> None:
        """Start a build (``enabled`` false or ``NEWSROOM_BUILD_CACHE=off``: no cache; Markdown extensions
        that may read other files: no Markdown kept)."""
        self.close(prune=False)
        self.hits = self.misses = self.kept = self.search_hits = 0
        if not enabled or os.environ.get(SWITCH, "").lower() == "off":
            return
        self.markdown = pure_extensions(extensions)
        store = Store(folder / FILE_NAME)
        if store.open():
            self.store, self.environment = store, environment
            for name in ("mkdocs", ""):
                logging.getLogger(name).addHandler(self.logged)

    def close(self, prune: bool) -> None:
        """End a build: commit (``prune``: keep only what it used), checkpoint, close."""
        store, self.store = self.store, None
        if store is None:
            return
        for name in ("mkdocs", ""):
            logging.getLogger(name).removeHandler(self.logged)
        store.close(prune and not store.broken)
        self._pending.clear()
        self._found.clear()
        log.debug(f"newsroom: Markdown cache: {self.hits} from the cache, {self.misses} converted, {self.kept} kept")
        log.debug(f"newsroom: search entries of {self.search_hits} pages from the cache")

    def before_render(self, markdown: str, page: Any) -> str:
        """The Markdown MkDocs is about to convert, unchanged; when the page's HTML is in the cache, the
        page converts it no more: its ``render`` (for this build only) sets what the conversion sets."""
        if self.store is None or not self.markdown or not markdown.strip():
            return markdown
        src_path = page.file.src_uri
        key = text_key("markdown", self.environment, src_path, page.url, markdown)
        found = self.store.get(key)
        if isinstance(found, dict) and isinstance(found.get("html"), str):
            self.hits += 1
            self._found.add(src_path)
            page.render = functools.partial(self._render_kept, page, found)
            return markdown
        self.misses += 1
        self._pending[src_path] = (key, self.logged.count)
        return markdown

    def _render_kept(self, page: Any, entry: dict[str, Any], config: Any, files: Any) -> None:
        """``Page.render`` from the kept entry: HTML, table of contents, title, anchors (and, as the
        entry was kept only without them, no links to other pages' anchors)."""
        page.content = entry["html"]
        page.toc = self.make_toc(entry["toc"])
        page._title_from_render = entry["title"]
        page.present_anchor_ids = set(entry["anchors"])
        page.links_to_anchors = {}

    def after_render(self, html: str, page: Any) -> str:
        """The page's HTML; keeps it when it may (a page read from the cache gets its ``render`` back)."""
        src_path = page.file.src_uri
        if src_path in self._found:
            self._found.discard(src_path)
            vars(page).pop("render", None)
            return html
        pending = self._pending.pop(src_path, None)
        if pending is not None and self.store is not None and self._may_keep(html, page, pending[1]):
            entry = {
                "html": html,
                "toc": toc_tokens(page.toc),
                "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()),
            }
            self.store.put(pending[0], entry)
            self.kept += 1
        return html

    def _may_keep(self, html: str, page: Any, logged_before: int) -> bool:
        """Nothing logged while converting, no relative link or image (MkDocs resolves those from other
        pages), links to anchors only of this page and all there (MkDocs checks them after the build)."""
        if self.logged.count != logged_before or logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG:
            return False  # (MkDocs lists links to anchors only above DEBUG)
        links = getattr(page, "links_to_anchors", None) or {}
        present = page.present_anchor_ids or set()
        if any(target is not page.file or not set(anchors) <= present for target, anchors in links.items()):
            return False
        return not _RELATIVE_LINK.search(html)

    def index_search(self, index: Any, may_keep: Callable[[Any], bool]) -> None:
        """Material's search index (``SearchIndex``) takes a kept page's entries from the cache instead
        of reading its HTML again (``may_keep``: the pages whose entries may be kept)."""
        read = getattr(index, "add_entry_from_context", None)
        if self.store is None or read is None or not isinstance(getattr(index, "entries", None), list):
            return

        def add_entry_from_context(page: Any) -> None:
            if self.store is None or not may_keep(page):
                return read(page)
            key = text_key("search", self.environment, *search_parts(page))
            found = self.store.get(key)
            if isinstance(found, list) and all(isinstance(entry, dict) for entry in found):
                index.entries.extend(found)
                self.search_hits += 1
                return None
            count, logged = len(index.entries), self.logged.count
            read(page)
            if self.logged.count == logged:
                self.store.put(key, index.entries[count:])
            return None

        index.add_entry_from_context = add_entry_from_context


def search_parts(page: Any) -> list[Any]:
    """What Material's search reads of a page: its address, its HTML as handed to it, and title,
    front matter (title, tags, search settings) and table of contents (strings hashed as they are)."""
    return [page.url, page.content, [page.title, page.meta, toc_tokens(page.toc)]]
