"""The registry editors keep: known people, organizations, places, tags and sources.

Each kind is one YAML file under ``registry/``: a list of entries with a ``name``
(the canonical form, as its page is titled) and optional ``aliases`` (other
spellings, any script, abbreviations). Tags use the same shape: their aliases
are synonyms.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = ("people", "organizations", "places", "tags", "sources")
CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.I)
LATIN = re.compile(r"[a-z]", re.I)
# Russian case endings, longest first: "Казахстанской" and "Казахстанская" share a stem.
RU_ENDINGS = sorted(
    """иями ями ами его ого ому ему ими ыми ией иям иях ия ии ию ие ий ой ей ый ая яя ое ее ые ых их ую юю ом ем ам
    ям ах
    ях ым им ью ы и а я о е у ю й ь""".split(),
    key=len,
    reverse=True,
)
# Kazakh case endings on names: "Садықованың", "Түркістанда", "Астанаға".
KK_ENDINGS = sorted(
    """ның нің дың дің тың тің дағы дегі тағы тегі ндағы ндегі нда нде ға ге да де ні ды ді ті дан ден тан тен нан
    нен мен бен пен сі ін""".split(),
    key=len,
    reverse=True,
)


@functools.lru_cache(maxsize=65536)
def stem(word: str, kazakh: bool = False) -> str:
    """A Cyrillic word without its case ending (Latin words unchanged), for inflection-blind lookups."""
    word = word.casefold()
    if not CYRILLIC.search(word) or len(word) < 4:
        return word
    if kazakh:
        for ending in KK_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
    for ending in RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def stem_key(text: str, kazakh: bool = False) -> str:
    """The key of a name whatever its case: ``Казахстанской федерации`` = ``Казахстанская федерация``."""
    return " ".join(stem(word, kazakh) for word in re.findall(r"[\w’'-]+", text))


def _word_pattern(word: str) -> str:
    if CYRILLIC.search(word) and len(word) >= 4 and not word.isupper():
        base = stem(word)
        if word[0].isupper():
            base = base[0].upper() + base[1:]
        return re.escape(base) + r"[а-яёәғқңөұүһі]{0,5}"
    if CYRILLIC.search(word) and word.isupper() and len(word) >= 3:  # ЮНЕСКО, ООН: Kazakh endings may follow
        return re.escape(word) + r"(?:-?[а-яёәғқңөұүһі]{1,5})?"
    return re.escape(word)


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
        self._looked_up: dict[str, Entry | None] = {}
        # Cyrillic spellings also by stem key, so inflected mentions find their entry.
        self._by_stem = {}
        for entry in self.entries:
            for spelling in entry.spellings:
                if CYRILLIC.search(spelling):
                    self._by_stem.setdefault(stem_key(spelling), entry)
        spellings = sorted({s for e in self.entries for s in e.spellings}, key=len, reverse=True)
        flags = re.IGNORECASE if self.ignore_case else 0
        alternatives = [r"\s+".join(_word_pattern(w) for w in s.split()) for s in spellings]
        self._pattern = re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w])", flags) if spellings else None

    def _key(self, spelling: str) -> str:
        spelling = re.sub(r"\s+", " ", spelling.strip())
        return spelling.casefold() if self.ignore_case else spelling

    def canonical(self, name: str) -> str:
        """The canonical name for any known spelling (inflected Russian or Kazakh too); unknown names unchanged."""
        entry = self.get(name)
        return entry.name if entry else name.strip()

    def get(self, name: str) -> Entry | None:
        """The entry for any known spelling, also inflected (``Казахстанской федерации``), or None."""
        if name in self._looked_up:
            return self._looked_up[name]
        entry = self._lookup(name)
        if len(self._looked_up) < 100_000:
            self._looked_up[name] = entry
        return entry

    def _lookup(self, name: str) -> Entry | None:
        entry = self._by_spelling.get(self._key(name))
        if entry is None and CYRILLIC.search(name):
            entry = self._by_stem.get(stem_key(name)) or self._by_stem.get(stem_key(name, kazakh=True))
        return entry

    def mentions(self, text: str) -> list[tuple[Entry, re.Match[str]]]:
        """Every mention of a known entry in ``text``, with its match, in order."""
        if self._pattern is None:
            return []
        out = []
        for match in self._pattern.finditer(text):
            entry = self.get(match.group(1))
            if entry is not None:
                out.append((entry, match))
        return out

    def find(self, text: str) -> list[str]:
        """Canonical names of the entries mentioned in ``text``, in order of first mention."""
        found: dict[str, None] = {}
        for entry, _ in self.mentions(text):
            found.setdefault(entry.name)
        return list(found)

    def display(self, name: str, lang: str) -> str:
        """How an article in ``lang`` names a known entity.

        English articles use the canonical name. A Russian or Kazakh article that wrote the
        name in Cyrillic uses the entry's first Cyrillic spelling for its language (Kazakh
        letters preferred for ``kk``, avoided for ``ru``): editors list the full form first.
        Unknown names are returned unchanged.
        """
        entry = self.get(name)
        if entry is None:
            return name.strip()
        if lang == "en" or not CYRILLIC.search(name):
            return entry.name
        cyrillic = [s for s in entry.spellings if CYRILLIC.search(s) and not LATIN.search(s)]
        if lang == "kk":
            preferred = [s for s in cyrillic if KAZAKH_LETTERS.search(s)] or cyrillic
        else:
            preferred = [s for s in cyrillic if not KAZAKH_LETTERS.search(s)] or cyrillic
        return preferred[0] if preferred else entry.name


@dataclass
class Registry:
    """All the vocabularies, as editors keep them in ``registry/*.yml``."""

    people: Vocabulary = field(default_factory=Vocabulary)
    organizations: Vocabulary = field(default_factory=Vocabulary)
    places: Vocabulary = field(default_factory=Vocabulary)
    tags: Vocabulary = field(default_factory=lambda: Vocabulary(ignore_case=True))
    sources: Vocabulary = field(default_factory=Vocabulary)
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """What other modules compute once from the vocabularies (the importer's word lists)."""


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
