"""A forum thread's furniture around the first post, found by its shape.

- a member's card: the member's nick and rank (one or two short lines), then two fields or more with a
  date or a count (``Регистрация: 12.03.2019`` / ``Сообщений: 1 284``, ``Joined: Mar 2019`` / ``Posts: 310``);
- a post's edit stamp (``Last edited by ...``, ``Последний раз редактировалось ...``) with its date;
- the post's signature between that stamp and the post's buttons (``Quote  Reply  Report``);
- the replies of other members under the buttons: a member's name, then the reply's date.

The words are data (``wordlists/debris-member-fields``, ``debris-edit-stamps``, ``debris-post-actions``).
"""

from __future__ import annotations

import re

from newsroom.importer.dates import find_date, is_date_line
from newsroom.importer.patterns import SENTENCE_END, listed

MEMBER_FIELD = re.compile(r"^\s*" + listed("debris-member-fields") + r"\s*[:：]\s*(?P<value>\S.{0,40})$", re.I)
COUNT = re.compile(r"^\d[\d\s,.]*[kкК]?$")
EDIT_STAMP = re.compile(r"^\s*" + listed("debris-edit-stamps") + r"\b", re.I)
MAX_CARD_HEAD_LINES, MAX_CARD_HEAD_WORDS, MIN_CARD_FIELDS = 2, 3, 2
MAX_SIGNATURE_LINES, MAX_SIGNATURE_WORDS = 2, 15
MAX_NAME_WORDS = 3


def is_member_field(line: str) -> bool:
    """``Регистрация: 12.03.2019``, ``Posts: 1,284``: a card's field whose value is a date or a count."""
    match = MEMBER_FIELD.match(line)
    if match is None:
        return False
    value = match["value"].strip()
    return COUNT.match(value) is not None or is_date_line(value)


def _is_card_head(line: str) -> bool:
    """A nick or a rank above a card's fields: a few words, no stop, no colon."""
    return len(line.split()) <= MAX_CARD_HEAD_WORDS and ":" not in line and SENTENCE_END.search(line) is None


def member_card(lines: list[str]) -> int:
    """How many of ``lines`` (from the first) are a member's card: one or two short head lines (nick,
    rank), one of them a single word (the nick), then two fields or more; 0 if they are not one."""
    head = 0
    while head < min(MAX_CARD_HEAD_LINES, len(lines)) and not is_member_field(lines[head]):
        if not _is_card_head(lines[head]):
            return 0
        head += 1
    fields = 0
    while head + fields < len(lines) and is_member_field(lines[head + fields]):
        fields += 1
    nick = any(len(line.split()) == 1 for line in lines[:head])  # ``Первая неделя`` over figures is a story's
    return head + fields if nick and fields >= MIN_CARD_FIELDS else 0  # fields without a nick may be a story's


def is_edit_stamp(line: str) -> bool:
    """``Last edited by Aidar; 3 June 2026 at 08:15``, ``Последний раз редактировалось ... 03.06.2026, 08:15``."""
    return (
        EDIT_STAMP.match(line) is not None
        and len(line.split()) <= MAX_SIGNATURE_WORDS
        and SENTENCE_END.search(line) is None
        and find_date(line) is not None
    )


def signature_above(lines: list[str], actions_at: int) -> int:
    """How many lines right above a post's buttons (at ``actions_at``) are its signature: one or two
    short lines with an edit stamp above them (the stamp ends the post's text); 0 if none."""
    for size in range(1, MAX_SIGNATURE_LINES + 1):
        stamp_at = actions_at - size - 1
        if stamp_at < 0:
            return 0
        if len(lines[actions_at - size].split()) > MAX_SIGNATURE_WORDS:
            return 0
        if is_edit_stamp(lines[stamp_at]):
            return size
    return 0


def opens_a_reply(lines: list[str]) -> bool:
    """A reply's head under a post's buttons: a member's name (a few words, no stop), then its date."""
    return (
        len(lines) >= 2
        and len(lines[0].split()) <= MAX_NAME_WORDS
        and SENTENCE_END.search(lines[0]) is None
        and not is_date_line(lines[0])
        and is_date_line(lines[1])
    )
