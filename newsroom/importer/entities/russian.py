"""Russian with natasha: its NER spans, put in the nominative (``natasha``)."""

from __future__ import annotations

import re

from newsroom.alphabets import KAZAKH, folded
from newsroom.importer.entities import natasha
from newsroom.importer.entities.base import ArticleText, Finder
from newsroom.importer.entities.cyrillic import shaped_names
from newsroom.importer.wordlists import word_set, words

ADJECTIVE = re.compile(r"\S+(?:ская|ский|ское|цкая|цкий|ная|ный|ской|ного|ных)")
"""A lone adjective natasha took for a place (``Туркестанской``)."""


FIRST_NAME_ENDINGS = tuple(tuple(entry.split()) for entry in words("names-oblique-first-endings", "ru"))
"""An oblique ending of a first name no nominative has, with the nominative's (``ы`` -> ``а``)."""


FEATURE_NOUNS = word_set("places-feature-nouns", "ru")
"""``Ледник``, ``Перевал``: a natural feature's noun opening a span natasha took for a person (``Ледник Федченко``)."""


def first_name_in_nominative(name: str) -> str:
    """``Мартины Хофбауэр-Лёв`` -> ``Мартина Хофбауэр-Лёв``: a first name natasha left in an oblique case."""
    first, _, rest = name.partition(" ")
    for oblique, nominative in FIRST_NAME_ENDINGS:
        if rest and first.endswith(oblique) and len(first) > len(oblique) + 2:
            return f"{first[: -len(oblique)]}{nominative} {rest}"
    return name


FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")


def _kazakh_lettered(name: str) -> bool:
    """``Нұрбол Әбдіхалықов``: a name natasha cuts at its Kazakh letters, read by its shape, written in the
    nominative; not ``Нұрбола Әбдіхалықова``, which may be a man's in the genitive as well as a woman's."""
    first, last = name.split()[0], name.split()[-1]
    ambiguous = first.endswith(("а", "я")) and last.endswith(FEMININE_SURNAME_ENDINGS)
    return KAZAKH.search(name) is not None and not ambiguous


NOMINATIVE_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична)$")


def _with_a_patronymic(name: str) -> bool:
    """``Камила Ерлановна Дуйсенова``: three words written in the nominative, a Russian patronymic between, which
    natasha may miss after an institution's name (``филармонии имени Жамбыла Камила ...``)."""
    words = name.split()
    return len(words) == 3 and NOMINATIVE_PATRONYMIC.search(words[1]) is not None


def _same(normal: str, written: str) -> bool:
    """A name natasha left as written (role words before it aside): the text's own nominative."""
    return folded(written).endswith(folded(normal))


def _only_in(written: str, credited: list[str], article: ArticleText) -> bool:
    """A name written in a byline's paragraph and nowhere else (a writer, no person of the story)."""
    return any(written in p for p in credited) and not any(written in p for p in article.people_paragraphs)


class NatashaFinder(Finder):
    """Russian text: people, organizations and places from natasha's spans."""

    confirmable_nominatives = True

    def __init__(self, article: ArticleText, spans: list[natasha.Span]) -> None:
        super().__init__(article)
        self.spans = spans

    @classmethod
    def load(cls, article: ArticleText) -> NatashaFinder | None:
        """The finder, or None when natasha cannot load."""
        spans = natasha.entities(article.paragraphs)
        return None if spans is None else cls(article, spans)

    def _normals(self, kind: str) -> list[str]:
        return [span.normal for span in self.spans if span.type == kind]

    def people(self) -> list[str]:
        credited = [p for p in self.article.paragraphs if p not in self.article.people_paragraphs]
        spans = [span for span in self.spans if span.type == "PER" and not _only_in(span.text, credited, self.article)]
        spans = [span for span in spans if span.text.split()[0].casefold() not in FEATURE_NOUNS]
        shaped = shaped_names(self.article.people_paragraphs)
        kazakh = [name for name, restored in shaped if not restored and _kazakh_lettered(name)]
        full = [name for name, restored in shaped if not restored and _with_a_patronymic(name)]
        return [first_name_in_nominative(span.normal) for span in spans] + kazakh + full

    def restored_people(self) -> frozenset[str]:
        written = {span.normal for span in self.spans if span.type == "PER" and _same(span.normal, span.text)}
        restored = {span.normal for span in self.spans if span.type == "PER" and not _same(span.normal, span.text)}
        return frozenset(restored - written)

    def organizations(self) -> list[str]:
        names = [re.sub(r"\s*\([^)]*\)", "", name).strip() for name in self._normals("ORG")]
        return [name for name in names if len(name.split()) >= 2]

    def places(self) -> list[str]:
        registry = self.article.registry
        return [
            name
            for name in self._normals("LOC")
            if registry.places.get(name)
            or (not registry.organizations.get(name) and name[:1].isupper() and not ADJECTIVE.fullmatch(name))
        ]
