"""Starting a translation: a draft in another language sharing the original's ``translation_key``.

``new_article.py --lang ru --translation-of docs/news/2023/x.md`` writes a draft beside the
original with its date, names, source and picture, the original's text to translate, and the
key. An original without a key gets one (its file name) in one new front matter line, written
atomically: nothing else of the editor's file changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from newsroom.article import Article, ArticleError, load_article, slugify
from newsroom.files import write_atomic

KEY_LINE = "translation_key: {key}\n"


class TranslationError(ValueError):
    """The original cannot be translated as asked (the message names the file)."""


def read_original(path: Path, lang: str) -> Article:
    """The article to translate; a TranslationError when it cannot be read or is in ``lang`` already."""
    try:
        original = load_article(path)
    except ArticleError as error:
        raise TranslationError(f"--translation-of: {error}") from None
    except OSError as error:
        raise TranslationError(f"--translation-of: {path}: cannot be read ({error.strerror or error})") from None
    if original.lang == lang:
        raise TranslationError(f"--translation-of: {path} is in {lang} already: give another --lang")
    return original


def translation_path(original: Path, title: str | None, lang: str) -> Path:
    """Beside the original: the title's slug, or the original's file name with the language."""
    name = f"{slugify(title)}.md" if title else f"{original.stem}-{lang}.md"
    return original.with_name(name)


def translation_draft(original: Article, key: str, lang: str, title: str | None, date: dt.date | None) -> Article:
    """The draft: the original's fields and text (to translate), in ``lang``, sharing ``key``."""
    return dataclasses.replace(
        original,
        title=title or original.title,
        date=date or original.date,
        moment=None if date else original.moment,
        lang=lang,
        draft=True,
        translation_key=key,
        updated=None,
        corrections=[],
        src_path="",
    )


def key_of(original: Article, path: Path) -> tuple[str, bool]:
    """The original's key, or a new one (its file name); and whether it is new."""
    return (original.translation_key, False) if original.translation_key else (path.stem, True)


def add_key(path: Path, key: str) -> None:
    """Write ``translation_key`` into the original's front matter, before its closing line."""
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() == "---"), None)
    if not lines or lines[0].rstrip() != "---" or closing is None:
        raise TranslationError(f"--translation-of: {path}: its front matter cannot be found")
    lines.insert(closing, KEY_LINE.format(key=key))
    write_atomic(path, "".join(lines))
