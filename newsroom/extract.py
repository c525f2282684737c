"""Raw article text in, the fields of an article out (pure functions, no files).

The rules here look at the shape of lines (a short line above ``Photo: ...`` is a
caption, a lone ``Currently reading`` is page debris), never at one article's
exact strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsroom.registry import Registry

CREDIT_LINE = re.compile(r"^(?:photo|фото|сурет|image|picture)\s*(?:by)?\s*[:：]\s*(?P<credit>.+)$", re.I)
DEBRIS_LINE = re.compile(r"^(currently reading|share( this)?:?.*|subscribe.*|поделиться|читать также.*)$", re.I)
MAX_CAPTION_WORDS = 15


@dataclass
class Extraction:
    """What the importer found in one raw text."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    summary: str = ""
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source: str | None = None
    caption: str | None = None
    credit: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_blocks(text: str) -> list[list[str]]:
    """Blocks of non-empty lines, separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def first_sentences(paragraph: str, count: int = 2) -> str:
    """The first ``count`` sentences of a paragraph (the lead)."""
    sentences = re.split(r"(?<=[.!?…])\s+(?=[\"“«A-ZА-ЯЁӘҒҚҢӨҰҮІҺ])", paragraph)
    return " ".join(sentences[:count]).strip()


def extract(text: str, registry: Registry) -> Extraction:
    """Extract title, body, caption and credit, summary and entities from raw text."""
    blocks = split_blocks(text)
    if not blocks:
        raise ValueError("the text is empty")
    title_block = blocks.pop(0)
    result = Extraction(title=" ".join(title_block))
    for block in blocks:
        kept = []
        for index, line in enumerate(block):
            credit = CREDIT_LINE.match(line)
            if credit and result.credit is None:
                result.credit = credit["credit"].strip()
                if kept and len(kept[-1].split()) <= MAX_CAPTION_WORDS and index == len(kept):
                    result.caption = kept.pop()
                continue
            if DEBRIS_LINE.match(line):
                continue
            kept.append(line)
        if kept:
            result.paragraphs.append("\n".join(kept))
    if result.paragraphs:
        result.summary = first_sentences(result.paragraphs[0])
    whole = "\n".join([result.title, *result.paragraphs])
    result.people = registry.people.find(whole)
    result.organizations = registry.organizations.find(whole)
    result.places = registry.places.find(whole)
    result.tags = registry.tags.find(whole)
    sources = registry.sources.find(whole)
    result.source = sources[0] if sources else None
    return result
