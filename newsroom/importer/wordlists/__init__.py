"""The importer's word lists, kept as data: one entry per line in ``<name>.<lang>.txt`` files here.

``lang`` is ``en``, ``ru``, ``kk``, or ``any`` for entries that belong to no one language
(acronyms, network names). Lines starting with ``#`` are comments. Entries are compared as
written, so a file holds them normalised (NFC, single spaces, no surrounding space), each once;
``tests/importer/test_wordlists.py`` checks every file.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

LANGS = ("en", "ru", "kk", "any")


def _entries(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def words(name: str, *langs: str) -> tuple[str, ...]:
    """The entries of list ``name`` in ``langs`` (all languages when none is named), in file order."""
    folder = resources.files(__package__)
    found: list[str] = []
    for lang in langs or LANGS:
        path = folder / f"{name}.{lang}.txt"
        if path.is_file():
            found.extend(_entries(path.read_text(encoding="utf-8")))
    if not found and not any((folder / f"{name}.{lang}.txt").is_file() for lang in LANGS):
        raise LookupError(f"no word list named {name!r} in {folder}")
    return tuple(dict.fromkeys(found))


def word_set(name: str, *langs: str) -> frozenset[str]:
    """``words`` as a set, for membership tests."""
    return frozenset(words(name, *langs))


def normalised(entry: str) -> str:
    """How an entry must be written in its file."""
    return " ".join(unicodedata.normalize("NFC", entry).split())


def list_files() -> list[str]:
    """Every word list file's name, for the checks."""
    return sorted(p.name for p in resources.files(__package__).iterdir() if p.name.endswith(".txt"))
