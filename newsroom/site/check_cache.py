"""What the content check remembers between runs: each article file as last read, by its size and
modification time, so that a check after an edit reads only the files that changed.

The cache is a pickle in the site's ``.cache/newsroom/`` (which git ignores), written atomically;
one that cannot be read, or was written by another version of the article model, is ignored.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path

import newsroom.article as article_model
from newsroom.article import Article, ArticleError, load_article
from newsroom.files import file_stamp, write_if_changed
from newsroom.pictures import picture_problem

CACHE_FILE = Path(".cache", "newsroom", "check-articles.pickle")
PICTURES_FILE = Path(".cache", "newsroom", "check-pictures.json")
Entry = tuple[tuple[int, int], str, Article | ArticleError]
"""(size and modification time, the file's name in messages, what reading it gave)."""


def model_version() -> tuple[object, ...]:
    """Changes whenever the model (or Python) may read a file differently."""
    model = Path(article_model.__file__).stat()
    return (sys.version_info[:2], model.st_size, model.st_mtime_ns)


class ArticleCache:
    """An ``ArticleReader`` that reads a file again only when its size or modification time changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known = self._load()
        self.seen: dict[str, Entry] = {}
        self.changed = False

    def _load(self) -> dict[str, Entry]:
        try:
            with self.path.open("rb") as file:
                version, entries = pickle.load(file)  # our own cache in the site's .cache folder
        except (OSError, EOFError, ValueError, TypeError, AttributeError, ImportError, pickle.UnpicklingError):
            return {}
        return entries if version == model_version() and isinstance(entries, dict) else {}

    def __call__(self, path: Path, origin: str, src_path: str) -> Article:
        try:
            status = path.stat()
        except OSError:
            return load_article(path, origin, src_path)  # its message says why it cannot be read
        stamp = (status.st_size, status.st_mtime_ns)
        entry = self.known.get(src_path)
        if entry is None or entry[0] != stamp or entry[1] != origin:
            try:
                found: Article | ArticleError = dataclasses.replace(load_article(path, origin, src_path), body="")
            except ArticleError as error:
                found = error
            entry = (stamp, origin, found)
            self.changed = True
        self.seen[src_path] = entry
        if isinstance(entry[2], ArticleError):
            raise entry[2]
        return dataclasses.replace(entry[2])  # a copy: the catalog may complete it

    def save(self) -> None:
        """Keep what this run read (files since deleted are forgotten); nothing when nothing changed."""
        if not self.changed and self.seen.keys() == self.known.keys():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".check-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump((model_version(), self.seen), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)  # a cache that cannot be written is only slower


class PictureMemory:
    """``picture_problem`` reading a picture again only when its ``file_stamp`` changed since the
    last check (kept as JSON beside the articles' cache; one that cannot be read is ignored)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            known = json.loads(path.read_text(encoding="utf-8"))
            self.known: dict[str, list] = known if isinstance(known, dict) else {}
        except (OSError, ValueError):
            self.known = {}
        self.seen: dict[str, list] = {}

    def __call__(self, path: Path, name: str) -> str | None:
        try:
            stamp = list(file_stamp(path))
        except OSError:
            return picture_problem(path, name)
        entry = self.known.get(name)
        if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp):
            entry = [stamp, picture_problem(path, name)]
        self.seen[name] = entry
        return entry[1]

    def save(self) -> None:
        if self.seen != self.known:
            write_if_changed(self.path, json.dumps(self.seen, sort_keys=True), durable=False)
