"""The letters of the site's three languages, defined once for every rule that looks at words.

Character-class bodies (for ``[...]`` in a regular expression) and compiled tests built on them.
"""

from __future__ import annotations

import re

KAZAKH_LOWER = "әғқңөұүһі"
"""The letters Kazakh adds to the Russian alphabet."""
KAZAKH_UPPER = KAZAKH_LOWER.upper()
CYRILLIC_LOWER = "а-яё" + KAZAKH_LOWER
CYRILLIC_UPPER = "А-ЯЁ" + KAZAKH_UPPER
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƏ"
"""Capital letters of Latin-script names (English, Kazakh in Latin, European names)."""
UPPER = LATIN_UPPER + CYRILLIC_UPPER

CYRILLIC = re.compile(f"[{CYRILLIC_LOWER}{CYRILLIC_UPPER}]")
KAZAKH = re.compile(f"[{KAZAKH_LOWER}{KAZAKH_UPPER}]")
"""A letter only Kazakh uses: tells Kazakh text from Russian."""
LATIN = re.compile(r"[A-Za-z]")


def folded(text: str) -> str:
    """``text`` for comparing words as Russian writes them either way: case folded, ``ё`` as ``е``."""
    return text.casefold().replace("ё", "е")
