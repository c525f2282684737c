"""Authoring helpers for editors: a new article skeleton."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from newsroom.article import LANGUAGES, NEWS_FOLDER, Article, Source
from newsroom.files import create_atomic


def skeleton(title: str, date: dt.date, lang: str) -> Article:
    """A valid article with every field an editor fills in, as a starting point."""
    return Article(
        title=title,
        date=date,
        summary="One or two sentences: the lead of the story.",
        tags=[],
        people=[],
        source=Source(name="Press office"),
        lang=lang,
        draft=True,
        body="Write the article here. Paragraphs are separated by a blank line.\n",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="new_article.py", description="Write a new article skeleton (a draft) under docs/news."
    )
    parser.add_argument("title", help="the article's title")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today(), help="YYYY-MM-DD")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--out", type=Path, default=NEWS_FOLDER, help="the news folder (default: docs/news)")
    arguments = parser.parse_args(argv)
    if not arguments.title.strip():
        parser.error("the title is empty")
    article = skeleton(arguments.title.strip(), arguments.date, arguments.lang)
    path = arguments.out / str(article.date.year) / f"{article.slug}.md"
    try:
        create_atomic(path, article.to_markdown())
    except FileExistsError:
        print(f"error: {path} exists already; nothing was written", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {path}: cannot write ({error.strerror})", file=sys.stderr)
        return 1
    print(path)
    return 0
