"""Raw text made inert for Markdown: it reads exactly as written and never becomes markup.

Raw text from a web page or an e-mail may hold HTML, Markdown links and images, attribute
lists ``{: ...}``, template markers (``{{ }}``, ``{% %}``), a ``---`` line that would be a
horizontal rule or a setext heading, ``#`` that would be a heading, ``1990.`` that would be an
ordered list starting at 1. Each of these is escaped (a backslash escape, or an entity for
``<`` and ``&``), so the built page shows the raw text and nothing live.
"""

from __future__ import annotations

import re

_ALWAYS = re.compile(r"([\\`*\[\]{}])")
_LT = re.compile(r"<(?=[A-Za-z/!?$%])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # at a word edge: emphasis; inside words: harmless
_RULE = re.compile(r"^[-=_*+~\s]+$")
_LEADING = re.compile(r"^(#|>|\+ )")
_ORDERED = re.compile(r"^(\d+)([.)])(\s|$)")
_BULLET = re.compile(r"^([-*+•●▪◦‣–—])\s+")
_SPEECH_DASH = re.compile(r"^[–—]\s")


def inert(line: str) -> str:
    """One line of raw text as Markdown that renders to exactly that text."""
    text = _ALWAYS.sub(r"\\\1", line)
    text = _ENTITY.sub("&amp;", text)
    text = _LT.sub("&lt;", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    if _RULE.match(line):
        return "".join("\\" + c if c in "-+" else c for c in text)
    text = _LEADING.sub(r"\\\1", text)
    text = _ORDERED.sub(r"\1\\\2\3", text)
    return text


def is_list_item(line: str) -> bool:
    """A bulleted line (``- item``, ``• item``): kept as a Markdown list item."""
    return bool(_BULLET.match(line)) and not _RULE.match(line)


def opens_with_dash(line: str) -> bool:
    """A line opening with an en or em dash (``– Біз ...``, ``— Я ...``): in Russian and Kazakh, the
    dash of direct speech, kept as written rather than drawn as a bullet."""
    return _SPEECH_DASH.match(line) is not None


def is_bullet(line: str) -> bool:
    """A list item drawn as a Markdown bullet: not a line opening with a dash, which stays as written."""
    return is_list_item(line) and not opens_with_dash(line)


def plain_list_item(line: str) -> str:
    """A bulleted line as the body's text reads it (``• item`` as ``- item``); any other line as it is."""
    return "- " + _BULLET.sub("", line, count=1) if is_bullet(line) else line


def inert_list_item(line: str) -> str:
    """``• item`` as the Markdown list item ``- item`` (the bullet is markup, the text inert)."""
    return "- " + inert(_BULLET.sub("", line, count=1))
