"""The registry editors keep: known people, organizations, places, tags and sources.

Each kind is one YAML file under ``registry/``: a list of entries with a ``name``
(the canonical form, as its page is titled) and optional ``aliases`` (other
spellings, any script, abbreviations). Tags use the same shape: their aliases
are synonyms.

Alias resolution lives in one place, ``Vocabulary.get``: any spelling (the name, an alias,
another capitalisation, an inflected Russian or Kazakh form) to its entry. ``canonical``,
``display`` and ``mentions`` build on it, for the importer and the site alike.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsroom.alphabets import CYRILLIC, CYRILLIC_LOWER, KAZAKH, LATIN
from newsroom.kinds import KINDS as INDEX_KINDS

SOURCES = "sources"
KINDS = (*(kind.field for kind in INDEX_KINDS), SOURCES)
"""The registry's files: one per kind of index, and the publications articles come from."""

RU_ENDINGS = tuple(
    sorted(
        (
            *("иями", "ями", "ами", "его", "ого", "ому", "ему", "ими", "ыми", "ией", "иям", "иях"),
            *("ия", "ии", "ию", "ие", "ий", "ой", "ей", "ый", "ая", "яя", "ое", "ее", "ые", "ых", "их"),
            *("ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ым", "им", "ью"),
            *("ы", "и", "а", "я", "о", "е", "у", "ю", "й", "ь"),
        ),
        key=len,
        reverse=True,
    )
)
"""Russian case endings, longest first: ``Казахстанской`` and ``Казахстанская`` share a stem."""
KK_ENDINGS = tuple(
    sorted(
        (
            *("ның", "нің", "дың", "дің", "тың", "тің", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"),
            *("нда", "нде", "ға", "ге", "да", "де", "ні", "ды", "ді", "ті", "дан", "ден", "тан", "тен"),
            *("нан", "нен", "мен", "бен", "пен", "сі", "ін"),
        ),
        key=len,
        reverse=True,
    )
)
"""Kazakh case endings on names: ``Садықованың``, ``Түркістанда``, ``Астанаға``."""
_CYRILLIC_TAIL = f"[{CYRILLIC_LOWER}]"


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


def _stem_keys(name: str) -> Iterator[str]:
    """The keys an inflected Cyrillic name may have: Russian endings off; then Kazakh endings off
    too, the last word's tried one by one (``Түркістанда``: ``-нда`` or ``-да``)."""
    yield stem_key(name)
    yield stem_key(name, kazakh=True)
    *words, last = name.split()
    for ending in KK_ENDINGS:
        if last.casefold().endswith(ending) and len(last) - len(ending) >= 4:
            yield stem_key(" ".join([*words, last[: -len(ending)]]))


def name_keys(name: str) -> frozenset[str]:
    """Every key an inflected name may have: ``Нурлана Бекетова`` and ``Нурлан Бекетов`` share one."""
    return frozenset(_stem_keys(name))


def _first_letter(letter: str, any_case: bool) -> str:
    return f"[{re.escape(letter.upper())}{re.escape(letter.lower())}]" if any_case else re.escape(letter)


def _word_pattern(word: str, later: bool) -> str:
    """A pattern for one word of a spelling: Cyrillic words take case endings; after the first
    word, a Cyrillic word's first letter may be capitalised either way (``Национальная Федерация``)."""
    if CYRILLIC.search(word) and len(word) >= 4 and not word.isupper():
        base = stem(word)
        return _first_letter(word[0], later) + re.escape(base[1:]) + _CYRILLIC_TAIL + "{0,5}"
    if CYRILLIC.search(word) and word.isupper() and len(word) >= 3:  # ЮНЕСКО, ООН: Kazakh endings may follow
        return re.escape(word) + f"(?:-?{_CYRILLIC_TAIL}{{1,5}})?"
    if CYRILLIC.search(word) and later and word.islower():
        return _first_letter(word[0], True) + re.escape(word[1:])
    return re.escape(word)


def _spelling_pattern(spelling: str) -> str:
    return r"\s+".join(_word_pattern(word, index > 0) for index, word in enumerate(spelling.split()))


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when present: the registry is read by every build and check."""


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


def _normal(spelling: str) -> str:
    return " ".join(spelling.split())


def spelling_key(spelling: str) -> str:
    """What two spellings of one name have in common when they differ only in case and spacing.

    The key every lookup of a name by its spelling uses: the registry's here, the site's index
    (``newsroom.site.indexes.Resolver``) for the names in articles' front matter.
    """
    return _normal(spelling).casefold()


@dataclass
class Vocabulary:
    """The entries of one kind, looked up by any spelling."""

    entries: list[Entry] = field(default_factory=list)
    ignore_case: bool = False
    """Match mentions in text whatever their case (tags); lookups ignore case in every vocabulary."""

    def __post_init__(self) -> None:
        self._by_spelling: dict[str, Entry] = {}
        self._by_folded: dict[str, Entry] = {}
        self._by_stem: dict[str, Entry] = {}
        for entry in self.entries:
            for spelling in entry.spellings:
                self._by_spelling.setdefault(_normal(spelling), entry)
                self._by_folded.setdefault(spelling_key(spelling), entry)
                if CYRILLIC.search(spelling):  # inflected mentions find their entry by stem
                    self._by_stem.setdefault(stem_key(spelling), entry)
        self._looked_up: dict[str, Entry | None] = {}

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """Every spelling, longest first: made when ``mentions`` first needs it (a site build never
        does; compiling it is most of the time a registry takes to load)."""
        spellings = sorted({s for e in self.entries for s in e.spellings}, key=len, reverse=True)
        flags = re.IGNORECASE if self.ignore_case else 0
        alternatives = "|".join(_spelling_pattern(s) for s in spellings)
        return re.compile(rf"(?<![\w-])({alternatives})(?![\w])", flags) if spellings else None

    def get(self, spelling: str) -> Entry | None:
        """The entry a spelling names, or None: the one place where aliases resolve.

        The canonical name or an alias as written; else the same letters in another case
        (``Казахстанская Национальная Федерация``); else, for Cyrillic, the same stems
        (``Казахстанской федерации``, ``Садықованың``).
        """
        if spelling in self._looked_up:
            return self._looked_up[spelling]
        entry = self._resolve(spelling)
        if len(self._looked_up) < 100_000:
            self._looked_up[spelling] = entry
        return entry

    def _resolve(self, spelling: str) -> Entry | None:
        normal = _normal(spelling)
        entry = self._by_spelling.get(normal) or self._by_folded.get(spelling_key(normal))
        if entry is None and CYRILLIC.search(normal):
            entry = next(filter(None, map(self._by_stem.get, _stem_keys(normal))), None)
        return entry

    def canonical(self, spelling: str) -> str:
        """The canonical name for any known spelling; unknown names unchanged (but trimmed)."""
        entry = self.get(spelling)
        return entry.name if entry else spelling.strip()

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

    def display(self, spelling: str, lang: str) -> str:
        """How an article in ``lang`` names a known entity.

        English articles use the canonical name. A Russian or Kazakh article that wrote the
        name in Cyrillic uses the entry's first Cyrillic spelling for its language (Kazakh
        letters preferred for ``kk``, avoided for ``ru``): editors list the full form first.
        Unknown names are returned unchanged.
        """
        entry = self.get(spelling)
        if entry is None:
            return spelling.strip()
        if lang == "en" or not CYRILLIC.search(spelling):
            return entry.name
        cyrillic = [s for s in entry.spellings if CYRILLIC.search(s) and not LATIN.search(s)]
        if lang == "kk":
            preferred = [s for s in cyrillic if KAZAKH.search(s)] or cyrillic
        else:
            preferred = [s for s in cyrillic if not KAZAKH.search(s)] or cyrillic
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

    def vocabulary(self, kind: str) -> Vocabulary:
        """The vocabulary of ``kind`` (``people``, ..., ``sources``)."""
        if kind not in KINDS:
            raise KeyError(f"no registry kind {kind!r}; the kinds are {', '.join(KINDS)}")
        vocabulary: Vocabulary = getattr(self, kind)
        return vocabulary

    def resolve(self, spelling: str, *kinds: str) -> tuple[str, Entry] | None:
        """The first of ``kinds`` (all kinds when none is named) that knows ``spelling``, and its entry."""
        for kind in kinds or KINDS:
            entry = self.vocabulary(kind).get(spelling)
            if entry is not None:
                return kind, entry
        return None


def _entries(path: Path) -> list[Entry]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=SAFE_LOADER)  # a safe loader
    except OSError as error:
        raise RegistryError(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
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
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise RegistryError(f"{path}: entry {number} has no name")
        for key in ("role", "url"):
            if item.get(key) is not None and not isinstance(item[key], str):
                raise RegistryError(f"{path}: {item['name']}: {key}: {item[key]!r} is not text")
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
            vocabulary = registry.vocabulary(kind)
            setattr(registry, kind, Vocabulary(_entries(path), ignore_case=vocabulary.ignore_case))
    return registry
