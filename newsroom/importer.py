"""The importer: raw ``.txt`` files in, article Markdown files out.

``scripts/import_articles.py`` is its command line; everything else lives here
so that tests and other tools can call it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsroom.article import LANGUAGES, Article, ArticleError, Image, Source, load_article, parse_date
from newsroom.extract import extract
from newsroom.files import write_atomic
from newsroom.registry import Registry, RegistryError, load_registry
from newsroom.text import DecodeError, decode, detect_language

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPOSITORY / "docs" / "news"
DEFAULT_REGISTRY = REPOSITORY / "registry"
MAX_SAME_TITLE = 100


@dataclass
class ImportResult:
    """What happened to one input: the JSON object ``--json`` prints."""

    input: str
    output: str | None
    status: str  # created | updated | unchanged | exists | failed
    message: str = ""

    def as_dict(self) -> dict[str, str | None]:
        return {"input": self.input, "output": self.output, "status": self.status, "message": self.message}


@dataclass
class ImportOptions:
    out: Path = DEFAULT_OUT
    date: dt.date | None = None
    lang: str | None = None
    force: bool = False
    dry_run: bool = False


def build_article(text: str, registry: Registry, options: ImportOptions, today: dt.date) -> tuple[Article, list[str]]:
    """The article for one raw text, and warnings for the editor."""
    found = extract(text, registry)
    warnings = []
    date = options.date
    if date is None:
        date = today
        warnings.append(f"no date in the text and no --date: using today, {today.isoformat()}")
    source = registry.sources.get(found.source) if found.source else None
    article = Article(
        title=found.title,
        date=date,
        summary=found.summary,
        tags=found.tags,
        people=found.people,
        organizations=found.organizations,
        places=found.places,
        source=Source(source.name, source.url) if source else None,
        image=Image(caption=found.caption, credit=found.credit) if found.caption or found.credit else None,
        lang=options.lang or detect_language(text),
        body=found.body,
    )
    return article, warnings


def choose_path(article: Article, out: Path) -> tuple[Path, Article | None]:
    """Where ``article`` goes under ``out``, and the article already there if it is the same one.

    The same article is the same title on the same date; a different article
    with the same title gets ``<slug>-2.md``, ``<slug>-3.md``, ...
    """
    folder = out / str(article.date.year)
    slug = article.slug
    for number in range(1, MAX_SAME_TITLE + 1):
        path = folder / (f"{slug}.md" if number == 1 else f"{slug}-{number}.md")
        if not path.exists():
            return path, None
        try:
            existing = load_article(path)
        except ArticleError:
            continue
        if existing.title == article.title and existing.date == article.date:
            return path, existing
    raise ValueError(f"more than {MAX_SAME_TITLE} articles titled {article.title!r} on {article.date}")


def import_file(
    path: Path, registry: Registry, options: ImportOptions, today: dt.date
) -> tuple[ImportResult, list[str]]:
    """Import one raw file; never raises for bad input, reports ``failed`` instead."""
    name = str(path)
    try:
        text = decode(path.read_bytes())
        article, warnings = build_article(text, registry, options, today)
        target, existing = choose_path(article, options.out)
    except (OSError, DecodeError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ImportResult(name, None, "failed", f"{name}: {reason}"), []
    markdown = article.to_markdown()
    if existing is None:
        status = "created"
    elif target.read_text(encoding="utf-8") == markdown:
        return ImportResult(name, str(target), "unchanged"), warnings
    elif options.force:
        status = "updated"
    else:
        message = f"{target} exists and differs from this import (edited by hand?); --force replaces it"
        return ImportResult(name, str(target), "exists", message), warnings
    if not options.dry_run:
        try:
            write_atomic(target, markdown)
        except OSError as error:
            return ImportResult(name, str(target), "failed", f"{target}: cannot write ({error.strerror})"), []
    return ImportResult(name, str(target), status), warnings


def raw_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The ``.txt`` files named, and those inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="import_articles.py",
        description="Import raw article text (.txt files or folders of them) as Markdown articles.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="raw .txt files or folders")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where articles go (default: docs/news)")
    parser.add_argument("--date", help="publication date YYYY-MM-DD when the text has none")
    parser.add_argument("--lang", choices=LANGUAGES, help="the articles' language (default: detected)")
    parser.add_argument("--force", action="store_true", help="replace articles that differ (hand edits are lost)")
    parser.add_argument("--dry-run", action="store_true", help="say what would happen, write nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per input on stdout")
    parser.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="the registry folder")
    arguments = parser.parse_args(argv)
    if arguments.date is not None:
        try:
            arguments.date = parse_date(arguments.date)
        except ValueError as error:
            parser.error(f"--date: {error}")
    return arguments


def main(argv: list[str] | None = None) -> int:
    """The command line: exit 0 when all inputs imported or unchanged, 1 if any failed, 2 for usage."""
    arguments = parse_arguments(argv)
    try:
        registry = load_registry(arguments.registry)
    except RegistryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    options = ImportOptions(arguments.out, arguments.date, arguments.lang, arguments.force, arguments.dry_run)
    today = dt.date.today()
    failed = 0
    for path in raw_files(arguments.paths):
        result, warnings = import_file(path, registry, options, today)
        for warning in warnings:
            print(f"warning: {path}: {warning}", file=sys.stderr)
        failed += result.status in ("failed", "exists")
        if arguments.json:
            print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
        else:
            detail = f" ({result.message})" if result.message and result.status != "failed" else ""
            print(f"{result.status}: {result.message if result.status == 'failed' else result.output}{detail}")
    return 1 if failed else 0
