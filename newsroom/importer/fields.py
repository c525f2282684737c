"""Fields read off the lines once the stages have given them their roles: the byline, the tags and
sources named on their own lines, the article's date, and its source."""

from __future__ import annotations

from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_name
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.pubdate import article_date  # re-exported: the date is one of the fields
from newsroom.registry import Registry

__all__ = ["article_date", "byline", "find_source", "source_names", "tag_line"]

MAX_UNKNOWN_SOURCE_WORDS = 5


def byline(lines: list[Line]) -> str | None:
    """The first byline's name."""
    return next((byline_name(line.text) for line in lines if line.role is LineRole.BYLINE), None)


def tag_line(lines: list[Line]) -> list[str]:
    """The tags of the body's ``Tags:`` lines."""
    return [tag for line in lines if line.role is LineRole.TAGS for tag in d.tags_of(line.text) or []]


def source_names(lines: list[Line]) -> list[str]:
    """The names on ``Source:`` lines."""
    return [name for line in lines if line.role is LineRole.SOURCE and (name := d.source_of(line.text))]


def find_source(registry: Registry, lang: str, named: list[str], text: list[str]) -> str | None:
    """The agency the story came from: a ``Source:`` line, the dateline's agency, or one named in the lead."""
    for name in named:
        name = name.strip(" ./()")
        if registry.sources.get(name):
            return registry.sources.display(name, lang)
    for paragraph in text:
        found = registry.sources.mentions(paragraph)
        if found:
            return registry.sources.display(found[0][1].group(1), lang)
    for name in named:
        name = name.strip(" ./()")
        if name and len(name.split()) <= MAX_UNKNOWN_SOURCE_WORDS:
            return name
    return None
