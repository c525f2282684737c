"""Raw text handling: decoding bytes of unknown encoding, and guessing the language."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Encodings a press office meets; anything else detected is refused, not guessed.
ACCEPTED_ENCODINGS = ("utf_8", "cp1251", "utf_16", "utf_16_le", "utf_16_be", "koi8_r", "ascii")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
KAZAKH_ONLY = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
LATIN = re.compile(r"[a-zA-Z]")


class DecodeError(ValueError):
    """Bytes that are not text in an encoding we can trust."""


def decode(data: bytes) -> str:
    """Text from raw bytes: BOM first, then strict UTF-8, then a detected Cyrillic encoding.

    Line endings become ``\\n``. Raises DecodeError rather than guess wrong.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data.decode(encoding))
            except UnicodeDecodeError as error:
                problem = f"starts with a {encoding} byte-order mark but is not {encoding} ({error.reason})"
                raise DecodeError(problem) from None
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding not in ACCEPTED_ENCODINGS:
        found = f" (looks like {best.encoding})" if best is not None else ""
        raise DecodeError(f"cannot tell the text encoding{found}; save it as UTF-8 and import again")
    return _normalise(str(best))


def _normalise(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DecodeError("contains NUL characters: not a text file")
    return text


def detect_language(text: str) -> str:
    """``kk`` when Kazakh-only letters appear, ``ru`` for mostly Cyrillic text, else ``en``."""
    cyrillic = len(CYRILLIC.findall(text))
    if cyrillic > len(LATIN.findall(text)):
        return "kk" if len(KAZAKH_ONLY.findall(text)) >= 3 else "ru"
    return "en"
