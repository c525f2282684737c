"""Russian named entities with natasha (its NER and morphology models ship inside the wheel).

The models load once per process, lazily, and only when a Russian text needs them (about a
second). Without natasha (or if it cannot load) ``entities`` returns None and the importer
falls back to its rules.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from newsroom.importer.wordlists import word_set

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
        # natasha's networks are small: numpy's BLAS threads only add overhead (10x the CPU time on two cores).
        for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(variable, "1")
        try:
            from natasha import Doc, MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

            embedding = NewsEmbedding()
            _models = {
                "Doc": Doc,
                "segmenter": Segmenter(),
                "morph_vocab": MorphVocab(),
                "ner": NewsNERTagger(embedding),
            }
        except Exception:
            _failed = True
    return _models


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


ROLES = word_set("roles-person", "ru")
"""Role words natasha may take into a name (``вице-президент Айгерим Садыкова``)."""


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


def nominative_phrase(text: str, morph: Any) -> str:
    """``Туркестанской области`` -> ``Туркестанская область``: the words up to the first noun in the nominative,
    the rest (a genitive tail: ``федерации клубов ЮНЕСКО``) as written."""
    out = []
    words = text.split()
    for index, word in enumerate(words):
        if not re.fullmatch(r"[а-яёА-ЯЁ-]+", word) or word.isupper():
            out.append(word)
            if word.isupper() or not re.search(r"[а-яё]", word):
                continue
            out.extend(words[index + 1 :])
            break
        parses = morph.parse(word.lower())
        parse = parses[0] if parses else None
        inflected = None
        if parse is not None and parse.tag.case not in (None, "nomn"):
            try:
                inflected = parse.inflect({"Nom"})
            except (KeyError, ValueError):
                inflected = None
        new = inflected.word if inflected else word.lower()
        out.append(_capitalise(new) if word[:1].isupper() else new)
        if parse is not None and parse.tag.POS == "NOUN":
            out.extend(words[index + 1 :])
            break
    return " ".join(out)


def entities(paragraphs: list[str]) -> list[Span] | None:
    """PER, ORG and LOC spans of an article's paragraphs, with their nominative form; None without natasha.

    One document per article (natasha batches its sentences) and NER only: names are put in the
    nominative with pymorphy, which is much cheaper than natasha's morphology tagger.
    """
    models = _load()
    if models is None:
        return None
    text = "\n\n".join(p if re.search(r"[.!?…:;»\"”]$", p) else p + "." for p in paragraphs)
    doc = models["Doc"](text)
    doc.segment(models["segmenter"])
    doc.tag_ner(models["ner"])
    morph = models["morph_vocab"]
    spans = []
    for span in doc.spans:
        if "\n" in span.text:
            continue
        try:
            if span.type == "PER":
                normal = nominative_name(span.text, morph) or span.text
                while len(normal.split()) > 1 and normal.split()[0].lower() in ROLES:
                    normal = normal.split(" ", 1)[1]
            else:
                normal = nominative_phrase(span.text, morph)
        except Exception:
            normal = span.text
        normal = re.sub(r"\s+", " ", normal).strip()
        spans.append(Span(span.type, span.text, normal, span.start, span.stop))
    return spans
