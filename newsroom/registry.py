"""The registry editors keep: known people, organizations, places, tags and sources.

Each kind is one YAML file under ``registry/``: a list of entries with a ``name``
(the canonical form, as its page is titled) and optional ``aliases`` (other
spellings, any script, abbreviations). Tags use the same shape: their aliases
are synonyms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = ("people", "organizations", "places", "tags", "sources")


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Entry:
    """One known entity: its canonical name, other spellings and extra fields."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    url: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Vocabulary:
    """The entries of one kind, looked up by any spelling."""

    entries: list[Entry] = field(default_factory=list)
    ignore_case: bool = False

    def __post_init__(self) -> None:
        self._by_spelling = {self._key(s): e for e in self.entries for s in e.spellings}
        spellings = sorted(self._by_spelling, key=len, reverse=True)
        flags = re.IGNORECASE if self.ignore_case else 0
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, spellings)) + r")(?!\w)", flags) if spellings else None
        )

    def _key(self, spelling: str) -> str:
        return spelling.casefold() if self.ignore_case else spelling

    def canonical(self, name: str) -> str:
        """The canonical name for any known spelling; unknown names unchanged."""
        entry = self._by_spelling.get(self._key(name.strip()))
        return entry.name if entry else name.strip()

    def get(self, name: str) -> Entry | None:
        return self._by_spelling.get(self._key(name.strip()))

    def find(self, text: str) -> list[str]:
        """Canonical names of the entries mentioned in ``text``, in order of first mention."""
        if self._pattern is None:
            return []
        found: dict[str, None] = {}
        for match in self._pattern.finditer(text):
            found.setdefault(self._by_spelling[self._key(match.group(1))].name)
        return list(found)


@dataclass
class Registry:
    """All the vocabularies, as editors keep them in ``registry/*.yml``."""

    people: Vocabulary = field(default_factory=Vocabulary)
    organizations: Vocabulary = field(default_factory=Vocabulary)
    places: Vocabulary = field(default_factory=Vocabulary)
    tags: Vocabulary = field(default_factory=lambda: Vocabulary(ignore_case=True))
    sources: Vocabulary = field(default_factory=Vocabulary)


def _entries(path: Path) -> list[Entry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise RegistryError(f"{path}: cannot be read ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise RegistryError(f"{path}: not valid YAML ({error})") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise RegistryError(f"{path}: expected a list of entries ('- name: ...')")
    entries = []
    for number, item in enumerate(data, 1):
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise RegistryError(f"{path}: entry {number} has no name")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{path}: {item['name']}: aliases is not a list of names")
        entries.append(
            Entry(
                name=item["name"].strip(),
                aliases=tuple(a.strip() for a in aliases if a.strip()),
                role=item.get("role"),
                url=item.get("url"),
            )
        )
    return entries


def load_registry(folder: Path) -> Registry:
    """Read ``people.yml``, ``organizations.yml``, ... from ``folder``; missing files are empty."""
    registry = Registry()
    for kind in KINDS:
        path = folder / f"{kind}.yml"
        if path.exists():
            vocabulary = getattr(registry, kind)
            setattr(registry, kind, Vocabulary(_entries(path), ignore_case=vocabulary.ignore_case))
    return registry
