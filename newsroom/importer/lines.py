"""The lines of a raw text, each with the role the extraction stages give it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from newsroom.registry import Registry

TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
"""Endings of a finished line: a line without one may go on in the next (a hard wrap)."""


class LineRole(enum.Enum):
    """What a line is in the article. Every line starts as ``BODY``; the stages give the others."""

    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    BYLINE_LABEL = "byline label"  # ``Author:`` alone: the name follows on the next line
    DATE = "date"
    CREDIT = "credit"
    CAPTION = "caption"
    TAGS = "tags"
    SOURCE = "source"
    DEBRIS = "debris"


@dataclass
class Line:
    """One non-empty line, stripped, with the number of its blank-line separated block."""

    text: str
    block: int
    role: LineRole = LineRole.BODY


@dataclass(frozen=True)
class Spot:
    """A line where a rule looks at it: its neighbours and where the body starts."""

    lines: list[Line]
    position: int
    body_start: int = 0
    registry: Registry | None = None
    credit_before: bool = False  # a line above this one is a picture credit

    @property
    def text(self) -> str:
        return self.lines[self.position].text

    @property
    def previous(self) -> Line | None:
        return self.lines[self.position - 1] if self.position > 0 else None

    @property
    def into_body(self) -> int:
        """How many lines after the first body line this one stands."""
        return self.position - self.body_start

    @property
    def from_end(self) -> int:
        """How many lines from the end of the text: 1 for the last line."""
        return len(self.lines) - self.position

    @property
    def is_last(self) -> bool:
        return self.from_end == 1


Rule = Callable[[Spot], bool]
Rules = tuple[tuple[Rule, LineRole], ...]
"""Rules in the order they win: the first rule that holds gives the line its role."""


def first_role(rules: Rules, spot: Spot) -> LineRole | None:
    """The role of the first rule that holds at ``spot``; None when none does."""
    return next((role for rule, role in rules if rule(spot)), None)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped, each with the number of its blank-line separated block."""
    lines = []
    block = 0
    previous_blank = True
    for raw in text.splitlines():
        line = raw.replace("\u200b", "").replace("\ufeff", "").strip()
        if not line or not line.strip("\u00a0 \t"):
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        previous_blank = False
        lines.append(Line(line, block))
    return lines
