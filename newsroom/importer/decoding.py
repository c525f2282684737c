"""Raw text handling: decoding bytes of unknown encoding, and guessing the language."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsroom.alphabets import CYRILLIC, KAZAKH, LATIN
from newsroom.importer.wordlists import word_set

RUSSIAN_FUNCTION_WORDS = word_set("language-function-words", "ru")
KAZAKH_FUNCTION_WORDS = word_set("language-function-words", "kk")
CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)?")

# Encodings a press office meets; anything else detected is refused, not guessed.
ACCEPTED_ENCODINGS = ("utf_8", "cp1251", "utf_16", "utf_16_le", "utf_16_be", "koi8_r", "ascii")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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
    if b"\x00" in data and (guess := _utf16_without_bom(data)) is not None:
        return _normalise(guess)
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding not in ACCEPTED_ENCODINGS:
        found = f" (looks like {best.encoding})" if best is not None else ""
        raise DecodeError(f"cannot tell the text encoding{found}; save it as UTF-8 and import again")
    return _normalise(str(best))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: NUL bytes on one side of most characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros >= half * 0.3 and min(even, odd) <= half * 0.05:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(c.isprintable() or c in "\r\n\t" for c in text)
            return text if printable >= len(text) * 0.98 else None
    return None


def _normalise(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DecodeError("contains NUL characters: not a text file")
    return text


def detect_language(text: str) -> str:
    """``kk`` when Kazakh-only letters appear throughout, ``ru`` for mostly Cyrillic text, else ``en``."""
    cyrillic = len(CYRILLIC.findall(text))
    if cyrillic > len(LATIN.findall(text)):
        kazakh = len(KAZAKH.findall(text))
        # A Russian text may quote a Kazakh name or two; Kazakh text has these letters throughout.
        if kazakh < 3 or kazakh < 0.01 * cyrillic:
            return "ru"
        return "ru" if _written_in_russian(text) else "kk"
    return "en"


def _written_in_russian(text: str) -> bool:
    """Russian's function words outnumber Kazakh's twice over: a Russian story full of Kazakh names and places."""
    words = CYRILLIC_WORD.findall(text.lower())
    russian = sum(word in RUSSIAN_FUNCTION_WORDS for word in words)
    kazakh = sum(word in KAZAKH_FUNCTION_WORDS for word in words)
    return russian >= 5 and russian > 2 * kazakh
