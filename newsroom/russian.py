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
                normal = _normal_org(span, models["morph_vocab"]) if span.type == "ORG" else span.normal
            except Exception:
                normal = span.text
            normal = re.sub(r"\s+", " ", normal or span.text).strip()
            spans.append(Span(span.type, span.text, normal, offset + span.start, offset + span.stop))
        offset += len(paragraph) + 2
    return spans
