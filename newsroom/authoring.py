"""Authoring helpers for editors: a new article's scaffold (``scripts/new_article.py``, ``newsroom-new``).

The scaffold is a draft with every usual front matter field written out, empty, each with a
short comment, so that an editor fills it in without copying field names from the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

from newsroom.article import LANGUAGES, NEWS_FOLDER, YAML_DUMPER, ArticleError, parse_article, parse_date, slugify
from newsroom.files import create_atomic
from newsroom.translating import TranslationError, add_key, key_of, read_original, translation_draft, translation_path

COMMENT_COLUMN = 24
BODY = "Write the article here. Paragraphs are separated by a blank line.\n"

# Each line of the front matter after the title and date: (YAML, comment). An empty ``source``
# mapping is refused by the article model, so its two keys are shown as comments to fill in.
FIELDS = (
    ("summary:", "the lead: one or two sentences, shown in lists and search results"),
    ("subtitle:", "optional: a second headline"),
    ("tags: []", "topics from registry/tags.yml, e.g. [UNESCO, youth]"),
    ("people: []", "full names, as their person page is titled, e.g. [Dana Yesimova]"),
    ("organizations: []", "e.g. [UNESCO]"),
    ("places: []", "e.g. [Almaty, Seoul]"),
    ("source:", "where the story came from; empty for your own reporting, else write:"),
    ("#  name: Kazinform", "  the publication or press office"),
    ("#  url: https://...", "  its page for this story"),
    ("image:", "the lead picture; leave the four empty for none"),
    ("  src:", "a file beside this one (photo.jpg) or of the site (/assets/photo.jpg)"),
    ("  alt:", "what the picture shows, for readers who cannot see it (needed to publish)"),
    ("  caption:", "what the picture shows"),
    ("  credit:", "who took it or owns it, e.g. www.unesco.org"),
    ("byline:", "optional: the author, e.g. Dana Yesimova"),
    ("dateline:", "optional: where it was written, e.g. ALMATY"),
)


def commented(line: str, comment: str) -> str:
    """``line`` with ``# comment`` after it, comments aligned when the line is short."""
    return f"{line.ljust(COMMENT_COLUMN - 1)} # {comment}"


def scaffold(title: str, date: dt.date, lang: str) -> str:
    """The whole Markdown file of a new draft: every usual field, empty and commented, then a body to replace."""
    title_line = yaml.dump({"title": title}, Dumper=YAML_DUMPER, allow_unicode=True, width=10_000).rstrip("\n")
    lines = [
        "---",
        commented(title_line, "required, one line"),
        commented(f"date: {date.isoformat()}", "required: the publication date, YYYY-MM-DD"),
        *(commented(line, comment) for line, comment in FIELDS),
        commented(f"lang: {lang}", f"the article's language: {', '.join(LANGUAGES)}"),
        commented("draft: true", "remove this line to publish (drafts show only in ./dev serve)"),
        "---",
        "",
        BODY,
    ]
    return "\n".join(lines)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write a new article (a draft with every usual field, to fill in) under docs/news/<year>/. "
        "Run it from the site's folder (where mkdocs.yml is); it never overwrites a file.",
    )
    parser.add_argument("title", nargs="?", default="", help="the article's title (with --translation-of: optional)")
    parser.add_argument("--date", help="the publication date, YYYY-MM-DD (default: today)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the article's language (default: en)")
    parser.add_argument("--out", type=Path, default=NEWS_FOLDER, help="the news folder (default: docs/news)")
    parser.add_argument(
        "--translation-of",
        type=Path,
        metavar="FILE",
        help="start a translation of this article (docs/news/<year>/<slug>.md): a draft in --lang with its "
        "fields and text to translate, sharing its translation_key (written into it when it has none)",
    )
    arguments = parser.parse_args(argv)
    arguments.title = arguments.title.strip()
    if not arguments.title and arguments.translation_of is None:
        parser.error("the title is empty")
    try:
        default = None if arguments.translation_of is not None else dt.date.today()
        arguments.date = parse_date(arguments.date) if arguments.date is not None else default
    except ValueError as error:
        parser.error(f"--date: {error}")
    return arguments


def main(argv: list[str] | None = None) -> int:
    """The command line: exit 0 with the new file's path on stdout, 1 if it cannot be written, 2 for usage."""
    arguments = parse_arguments(argv)
    if arguments.translation_of is not None:
        return start_translation(arguments)
    if arguments.out == NEWS_FOLDER and not NEWS_FOLDER.parent.is_dir():
        print(
            f"error: no {NEWS_FOLDER.parent} folder in {Path.cwd()}: run from the site's folder "
            "(where mkdocs.yml is), or give --out",
            file=sys.stderr,
        )
        return 2
    path = arguments.out / str(arguments.date.year) / f"{slugify(arguments.title)}.md"
    text = scaffold(arguments.title, arguments.date, arguments.lang)
    try:
        parse_article(text, str(path))  # what is written is always a valid draft
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        create_atomic(path, text)
    except FileExistsError:
        print(f"error: {path} exists already; nothing was written (edit it, or choose another title)", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {path}: cannot write ({error.strerror or error})", file=sys.stderr)
        return 1
    print(path)
    return 0


def start_translation(arguments: argparse.Namespace) -> int:
    """``--translation-of``: write the draft beside the original; give the original a key if it lacks one."""
    original_path = arguments.translation_of
    try:
        original = read_original(original_path, arguments.lang)
        key, new_key = key_of(original, original_path)
        draft = translation_draft(original, key, arguments.lang, arguments.title or None, arguments.date)
        path = translation_path(original_path, arguments.title or None, arguments.lang)
        text = draft.to_markdown()
        parse_article(text, str(path))
        create_atomic(path, text)
        if new_key:
            add_key(original_path, key)
    except (TranslationError, ArticleError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except FileExistsError:
        print(f"error: {path} exists already; nothing was written", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot write ({error.strerror or error})", file=sys.stderr)
        return 1
    if new_key:
        print(f"{original_path}: translation_key: {key} (added, so that the versions find each other)", file=sys.stderr)
    print(path)
    return 0
