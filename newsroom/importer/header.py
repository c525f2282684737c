"""The header stage: the lines above the title (labels, breadcrumbs, date lines, bylines, credits, a
source's name) and the title, the first line that is none of them."""

from __future__ import annotations

import re

from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_of, is_bare_byline
from newsroom.importer.captions import credit_of
from newsroom.importer.dates import is_date_line
from newsroom.importer.lines import TERMINAL, Line, LineRole, Rules, Spot, first_role
from newsroom.importer.patterns import SENTENCE_END
from newsroom.importer.wordlists import word_set
from newsroom.registry import Registry

LABEL_CONNECTORS = word_set("header-label-connectors")
MAX_LABEL_WORDS = 4


def _is_byline(spot: Spot) -> bool:
    return not spot.is_last and byline_of(spot.text) is not None


def _is_source_line(spot: Spot) -> bool:
    return d.source_of(spot.text) is not None


def _is_page_furniture(spot: Spot) -> bool:
    text = spot.text
    return (
        d.is_debris(text)
        or d.is_label(text)
        or d.is_breadcrumb(text)
        or d.is_contact(text)
        or d.tags_of(text) is not None
    )


def _is_known_source(spot: Spot) -> bool:
    """The name of a known source alone on its line (``Kazinform``) above the title."""
    return not spot.is_last and spot.registry is not None and bool(spot.registry.sources.get(spot.text))


def _titled(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.lower() in LABEL_CONNECTORS for w in words)


def is_label_by_shape(spot: Spot) -> bool:
    """A rubric above the title, with a real headline after it: one or two words (``Culture``), or up
    to four capitalised ones (``Peace and Security``) above a longer headline."""
    lines, index, line = spot.lines, spot.position, spot.text
    words = line.split()
    if len(words) > MAX_LABEL_WORDS or SENTENCE_END.search(line) or spot.is_last:
        return False
    if d.is_label(line):
        return True
    after = (lines[i].text for i in range(index + 1, len(lines)))
    following = next((text for text in after if not is_date_line(text)), "")
    headline = 4 <= len(following.split()) <= 30 and lines[index + 1].block != lines[index].block
    if len(words) <= 2:  # a short title above a lead sentence is the title: headlines end without a full stop
        return headline and not following.rstrip("\"'”»)").endswith(".")
    return (
        headline
        and not line.rstrip().endswith(TERMINAL)
        and _titled(words)
        and len(following.split()) > len(words) + 2
        and not SENTENCE_END.search(following)
        and not _titled(following.split())
    )


HEADER_RULES: Rules = (
    (lambda spot: is_date_line(spot.text), LineRole.DATE),
    (_is_byline, LineRole.BYLINE),
    (_is_source_line, LineRole.SOURCE),
    (_is_page_furniture, LineRole.DEBRIS),
    (lambda spot: credit_of(spot.text) is not None, LineRole.CREDIT),
    (lambda spot: is_bare_byline(spot.text), LineRole.DEBRIS),
    (is_label_by_shape, LineRole.DEBRIS),
    (_is_known_source, LineRole.DEBRIS),
)
"""The header's rules, in the order they win; the first line no rule takes is the title."""


def mark_header(lines: list[Line], registry: Registry) -> int:
    """Give the header lines their roles and the title its role; the title's position."""
    for position, line in enumerate(lines):
        role = first_role(HEADER_RULES, Spot(lines, position, 0, registry))
        if role is None:
            line.role = LineRole.TITLE
            return position
        line.role = role
    raise ValueError("no title: every line looks like page furniture")


def strip_site_suffix(title: str, registry: Registry) -> str:
    """``Title | UN News`` -> ``Title`` (only when the suffix names a known source)."""
    match = re.match(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$", title)
    if match and registry.sources.get(match["site"].strip()):
        return match["title"].strip()
    return title
