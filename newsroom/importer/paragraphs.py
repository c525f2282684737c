"""The paragraphs stage: body lines as Markdown paragraphs, and the summary (the lead)."""

from __future__ import annotations

import itertools
import re

from newsroom.alphabets import UPPER
from newsroom.importer.datelines import Dateline
from newsroom.importer.lines import TERMINAL, Line
from newsroom.importer.markup import inert, inert_list_item, is_bullet, is_list_item

_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof St Jr Sr No Nos Vol Art Fig Gen Col Lt Capt Sgt Rev Hon Gov Sen Rep Dept Inc Ltd Co Corp "
    "vs etc approx e.g i.e U.S U.N U.K Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "г гг ул им т.е т.к т.д т.п млн млрд тыс руб др пр см стр обл р-н акад проф ж жж"
).split()
ABBREVIATION_END = re.compile(r"(?:\b(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + rf")|\b[{UPPER}])\.$")
"""A full stop that ends an abbreviation or an initial, not a sentence."""
SENTENCE_BREAK = re.compile(rf"(?<=[.!?…])(['\"”»)]*)\s+(?=[\"“«(\[]?[{UPPER}0-9])")
LONG_FIRST_SENTENCE = 120


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not split after abbreviations or initials."""
    split = SENTENCE_BREAK.split(text)
    # The captured closing quotes and brackets belong to the sentence they close.
    parts = [split[0]] + [split[i + 1] for i in range(1, len(split), 2)]
    for i in range(1, len(split), 2):
        parts[i // 2] += split[i]
    out: list[str] = []
    for part in parts:
        if out and ABBREVIATION_END.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


def first_sentences(paragraph: str, count: int = 2) -> str:
    """The lead: the first sentence, or the first two when the first is short."""
    found = sentences(paragraph)
    if not found:
        return paragraph.strip()
    lead = found[0]
    if count > 1 and len(lead) < LONG_FIRST_SENTENCE and len(found) > 1:
        lead = f"{lead} {found[1]}"
    return lead.strip()


def continues(previous: Line, line: Line) -> bool:
    """A hard-wrapped line: the same block, the previous line unfinished, this one going on in lower case."""
    return (
        previous.block == line.block
        and not is_list_item(previous.text)
        and not is_list_item(line.text)
        and not previous.text.endswith(TERMINAL)
        and line.text[:1].islower()
    )


def paragraphs(body: list[Line]) -> list[str]:
    """Body lines as Markdown paragraphs: one per line, lists kept together, hard-wrapped lines joined;
    a line opening with a dash stays a paragraph as written (direct speech, or an item the reader
    reads the same)."""
    found: list[str] = []
    previous: Line | None = None
    for line in body:
        text = line.text
        if is_bullet(text):
            item = inert_list_item(text)
            if previous is not None and is_bullet(previous.text) and previous.block == line.block:
                found[-1] += "\n" + item
            else:
                found.append(item)
        elif previous is not None and continues(previous, line):
            found[-1] += "\n" + inert(text)
        else:
            found.append(inert(text))
        previous = line
    return found


def summary(body: list[Line], dateline: Dateline | None) -> str:
    """The lead's first sentences, without the dateline; a hard-wrapped lead's lines joined."""
    if not body:
        return ""
    lead = body[0].text
    for previous, line in itertools.pairwise(body):
        if not continues(previous, line):
            break
        lead = f"{lead} {line.text}"
    if dateline is not None:
        lead = lead[len(dateline.prefix) :].strip()
    return first_sentences(lead)
