"""Russian named entities with natasha (its NER and morphology models ship inside the wheel).

The models load once per process, lazily, and only when a Russian text needs them (about a
second). Without natasha (or if it cannot load) ``entities`` returns None and the importer
falls back to its rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_models: dict[str, Any] | None = None
_failed = False


@dataclass(frozen=True)
class Span:
    type: str  # PER, ORG, LOC
    text: str
    normal: str
    start: int
    end: int


def _load() -> dict[str, Any] | None:
    global _models, _failed
    if _models is None and not _failed:
        try:
            from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

            embedding = NewsEmbedding()
            _models = {
                "Doc": Doc,
                "segmenter": Segmenter(),
                "morph_vocab": MorphVocab(),
                "morph": NewsMorphTagger(embedding),
                "ner": NewsNERTagger(embedding),
            }
        except Exception:
            _failed = True
    return _models


def available() -> bool:
    return _load() is not None


def _normal_org(span: Any, morph_vocab: Any) -> str:
    """An organization in the nominative: inflect the head phrase, keep the genitive tail as written.

    ``Казахстанской национальной федерации клубов`` -> ``Казахстанская национальная федерация клубов``.
    """
    words = span.normal.split()
    tokens = span.tokens
    if len(words) != len(tokens):
        return span.normal
    out = []
    head_seen = False
    for word, token in zip(words, tokens, strict=True):
        if head_seen:
            out.append(token.text)
        else:
            out.append(word)
            head_seen = token.pos in ("NOUN", "PROPN")
    return " ".join(out)


_NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr"))
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Case endings of words the dictionary does not know as names, by gender and case.
_ENDINGS = {
    "masc": {"gent": [("я", "й"), ("а", "")], "datv": [("ю", "й"), ("у", "")], "accs": [("я", "й"), ("а", "")],
             "ablt": [("ем", "й"), ("ым", ""), ("ом", "")], "loct": [("е", "")]},
    "femn": {"gent": [("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "а")], "datv": [("ой", "а"), ("е", "а")],
             "accs": [("у", "а"), ("ю", "я")], "ablt": [("ой", "а"), ("ей", "я")], "loct": [("ой", "а"), ("е", "а")]},
}  # fmt: skip


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


ROLES = frozenset(
    """аким президент премьер-министр министр вице-министр вице-президент директор глава председатель заместитель
    руководитель посол представитель координатор секретарь генсек генеральный исполнительный депутат сенатор
    мэр губернатор ректор профессор доктор эксперт волонтер волонтёр студент студентка учитель спикер советник
    пресс-секретарь основатель главный начальник командующий артист певец певица писатель поэт журналист""".split()
)


def nominative_name(text: str, morph: Any) -> str | None:
    """``Дарины Ахметовой`` -> ``Дарина Ахметова``: one gender and one case for all the words of a name."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in ROLES:
        words = words[1:]
    analyses = []
    for word in words:
        parses = [
            p for p in morph.parse(word.lower()) if _NAME_GRAMMEMES & set(p.tag.grammemes) and "plur" not in p.tag
        ]
        analyses.append(parses)
    if not any(analyses):
        return None
    for case in _CASES:
        for gender in ("masc", "femn"):
            out = []
            for word, parses in zip(words, analyses, strict=True):
                fitting = [
                    p for p in parses if p.tag.case == case and (gender in p.tag or "ms-f" in p.tag or "Fixd" in p.tag)
                ]
                if fitting:
                    inflected = fitting[0].inflect({"Nom"})
                    out.append(_capitalise(inflected.word if inflected else word))
                elif parses:
                    break
                else:
                    out.append(_strip_ending(word, gender, case))
            else:
                return " ".join(out)
    return None


def _strip_ending(word: str, gender: str, case: str) -> str:
    if case == "nomn":
        return word
    for ending, replacement in _ENDINGS[gender].get(case, []):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def entities(paragraphs: list[str]) -> list[Span] | None:
    """PER, ORG and LOC spans of each paragraph, with their nominative form; None without natasha."""
    models = _load()
    if models is None:
        return None
    spans = []
    offset = 0
    for paragraph in paragraphs:
        doc = models["Doc"](paragraph)
        doc.segment(models["segmenter"])
        doc.tag_morph(models["morph"])
        doc.tag_ner(models["ner"])
        for span in doc.spans:
            try:
                span.normalize(models["morph_vocab"])
                normal = span.normal
                if span.type == "ORG":
                    normal = _normal_org(span, models["morph_vocab"])
                elif span.type == "PER":
                    normal = nominative_name(span.text, models["morph_vocab"]) or span.normal
                    while len(normal.split()) > 1 and normal.split()[0].lower() in ROLES:
                        normal = normal.split(" ", 1)[1]
            except Exception:
                normal = span.text
            normal = re.sub(r"\s+", " ", normal or span.text).strip()
            spans.append(Span(span.type, span.text, normal, offset + span.start, offset + span.stop))
        offset += len(paragraph) + 2
    return spans
