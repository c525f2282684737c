"""The picture's credit and caption: ``Photo: ...``, ``Photo credit: ...``, ``Фото автора: ...``,
``Image courtesy of ...``, ``© Owner/Year/Name | caption``, ``Caption. Photo: Name``, ``Caption: ...``,
and the short line above a credit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsroom.importer.datelines import Dateline
from newsroom.importer.debris import is_labelled_picture_description
from newsroom.importer.furniture import is_alt_text_above
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.markup import is_list_item
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.wordlists import word_set

MAX_CAPTION_WORDS = 30
MAX_CREDIT_WORDS = 15
_LABELS = listed("credits-labels")
# ``Photo credit:``, ``Photo by:``, ``Фото с сайта:``: a label, the words that may follow it, a colon.
_LABEL = _LABELS + r"(?:\s+" + listed("credits-label-tails") + r")?\s*[:：]"
# ``Photo by Jane Smith``, ``Image courtesy of ...``: no colon needed.
_OPENING = listed("credits-openings") + r"(?=\s)"
CREDIT_LINE = re.compile(
    r"^\s*\(?(?:" + _LABEL + r"\s*|" + _OPENING + r"\s*|©\s*|\(c\)\s*|copyright\s*©?\s*)"
    r"(?P<credit>[^|]{2,160}?)\)?(?:\s*\|\s*(?P<caption>.+))?\s*$",
    re.I,
)
# The part after each slash is a name, every word capitalised (``Jane Smith / The Ledger``,
# ``UN Photo/Mark Garten``): ``Astana / Almaty talks resume`` is a headline.
_CREDIT_NAME = r"(?:[A-Z0-9][\w.’'&-]*|of|the|and|de|van|von|al|el)"
_CREDIT_NAMES = _CREDIT_NAME + r"(?:\s+" + _CREDIT_NAME + r"){0,4}"
_CREDIT_HOLDER = r"^\s*(?:[A-Z][\w.&-]*\s?){1,4}(?:Photo|PHOTO)?"
SLASH_CREDIT = re.compile(_CREDIT_HOLDER + r"(?:\s*/\s*" + _CREDIT_NAMES + r"){1,3}\s*$")
NAMED_PHOTO = re.compile(
    r"^\s*(?i:" + listed("credits-named-openings") + r")\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*\.?\s*){1,3}$"
)
"""``Фото Ивана Петрова``, ``Суретті түсірген Нұрлан Әбенов``: the word for photo (or who took it) and a name,
without a colon."""
CAPTION_WITH_CREDIT = re.compile(
    r"^(?P<caption>.{3,300}?[.!?»”\"]?)\s++(?P<bracket>[(\[])?"  # all the spaces (a credit opens on no space)
    r"(?P<label>" + _LABEL + "|" + _OPENING + r"|(?:" + _LABELS + r"\s*)?©)"
    r"\s*(?P<credit>[^()\[\]]{2,80}?)[)\]]?\s*$",
    re.I,
)
CAPTION_WITH_SLASH_CREDIT = re.compile(
    r"^(?P<caption>[A-Z\u0400-\u04ff].{2,300}?[.!?])\s+\((?P<credit>[^()/]{2,60}\s/\s[^()/]{2,60})\)\s*$"
)
"""``Breeders inspect a plot. (Jane Smith / The Ledger)``: a caption, the credit in brackets, name / publisher."""
_CAPS = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
CAPTION_WITH_AGENCY_CREDIT = re.compile(
    r"^(?P<caption>" + _CAPS + r".{2,300}?[.!?])\s+(?P<credit>" + _CAPS + r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ&. -]{1,40}/\s?"
    r"" + _CAPS + r"[\w'’-]+(?:\s" + _CAPS + r"[\w'’-]+){0,3})\s*$"
)
"""``A ferry is loaded at Kuryk. STEPPE WIRE/Jane Smith``: a caption, then an agency's name in capitals, a
slash and its photographer."""
CAPTION_LABEL = re.compile(r"^\s*" + listed("labels-caption") + r"\s*[:：]\s*(?P<caption>.+)$", re.I)
# ``Photo: credit: Name``, ``Фото: источник: ...``: a label repeated inside the credit.
_VALUE_LABEL = re.compile(r"^(?:" + listed("credits-value-labels") + r")(?:\s*[:：]|(?<=by|of)\s)\s*", re.I)


@dataclass(frozen=True)
class Picture:
    """The picture's caption and credit, when the text gives them."""

    caption: str | None = None
    credit: str | None = None


def _bare_credit(credit: str) -> str:
    return _VALUE_LABEL.sub("", credit.strip()).strip().rstrip(".")


WHOLE_CREDITS = frozenset(word_set("credits-whole"))


def credit_of(line: str) -> Picture | None:
    """The credit (and the caption after a ``|``) when the line is a picture credit, else None."""
    if is_labelled_picture_description(line):
        return None  # "Image: A woman holds a jar of seed.": the picture's alt text, not its credit
    if line.strip().rstrip(".").casefold() in WHOLE_CREDITS:
        return Picture(None, line.strip().rstrip("."))  # "Фото из открытых источников"
    match = CREDIT_LINE.match(line)
    if match and len(line.split()) <= 40:
        credit = _bare_credit(match["credit"])
        if credit and len(credit.split()) <= MAX_CREDIT_WORDS:
            return Picture((match["caption"] or "").strip() or None, credit)
    if NAMED_PHOTO.match(line):
        return Picture(None, line.strip())
    if SLASH_CREDIT.match(line) and len(line.split()) <= 8 and _names_a_credit(line):
        return Picture(None, line.strip())
    return None


NAME_PARTICLES = word_set("names-particles")


def _names_a_credit(line: str) -> bool:
    """``UNODR/Yerzhan Tokhtarov``, ``AFP / Getty Images``, ``UNICEF/2025/Name``: every word a name, an
    acronym or a year, and an acronym, a year or a two-word name among the parts (``Russia / Ukraine
    talks`` and ``Israel / Gaza`` are crossheads)."""
    words = re.findall(r"[\w.&’'-]+", line)
    if not all(word[:1].isupper() or word[:1].isdigit() or word.lower() in NAME_PARTICLES for word in words):
        return False
    parts = [part.split() for part in line.split("/")]
    acronym = any(re.fullmatch(r"[A-Z][A-Z&.-]+", word) for word in words)
    year = any(re.fullmatch(r"(?:19|20)\d\d", word) for word in words)
    return acronym or year or any(len(part) >= 2 for part in parts)


def caption_and_credit_inline(line: str) -> Picture | None:
    """``Children read in a new corner. Photo: Federation`` -> caption and credit. A credit opening
    without a colon (``Photo by``) counts only capitalised or in brackets: ``a photo by Jane`` is prose."""
    if len(line.split()) > MAX_CAPTION_WORDS + 10:
        return None
    slashed = CAPTION_WITH_SLASH_CREDIT.match(line) or CAPTION_WITH_AGENCY_CREDIT.match(line)
    if slashed is not None:
        return Picture(slashed["caption"].strip(), slashed["credit"].strip())
    match = CAPTION_WITH_CREDIT.match(line)
    if match is None or not (credit := _bare_credit(match["credit"])):
        return None
    label = match["label"]
    if not re.search(r"[:：©]", label) and not (label[:1].isupper() or match["bracket"]):
        return None
    return Picture(match["caption"].strip(), credit)


def caption_label_of(line: str) -> str | None:
    """The caption of a ``Caption: ...`` line, None for any other line."""
    match = CAPTION_LABEL.match(line)
    return match["caption"].strip() if match else None


def find_picture(lines: list[Line], body_start: int, dateline_of: Callable[[str], Dateline | None]) -> Picture:
    """The first credit and its caption (on its line, the line above it, or a ``Caption:`` line).

    The line above a credit becomes its caption when it is short and in the same block; when the text
    has no blank lines between paragraphs, only a short line without a full stop."""
    caption: str | None = None
    credit: str | None = None
    for position, line in enumerate(lines):
        if line.role is LineRole.CAPTION and (label := caption_label_of(line.text)) is not None:
            caption = caption or label
        elif line.role is LineRole.CREDIT and credit is None:
            found = credit_of(line.text)
            if found is None:
                inline = caption_and_credit_inline(line.text)
                caption, credit = (inline.caption, inline.credit) if inline else (caption, None)
            elif found.caption:
                caption, credit = found.caption, found.credit
            else:
                credit = found.credit
                if position - 1 >= body_start and _is_caption_above(lines, position, dateline_of):
                    lines[position - 1].role = LineRole.CAPTION
                    caption = lines[position - 1].text
    for position in range(body_start + 1, len(lines)):
        if is_alt_text_above(lines, position):
            lines[position - 1].role = LineRole.DEBRIS
    return Picture(caption, credit)


def _is_caption_above(lines: list[Line], position: int, dateline_of: Callable[[str], Dateline | None]) -> bool:
    """The line above the credit at ``position`` is the picture's caption."""
    previous, credit = lines[position - 1], lines[position]
    words = len(previous.text.split())
    paragraphs_apart = lines[-1].block + 1 >= len(lines) / 2
    return (
        previous.role is LineRole.BODY
        and previous.block == credit.block
        and words <= MAX_CAPTION_WORDS
        and len(previous.text) <= 250
        and dateline_of(previous.text) is None
        and not is_list_item(previous.text)
        and not (position + 1 < len(lines) and CAPTION_LABEL.match(lines[position + 1].text))
        and (paragraphs_apart or (words <= 15 and not SENTENCE_END.search(previous.text)))
    )
