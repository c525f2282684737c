"""The importer: raw ``.txt`` files in, article Markdown files out.

``scripts/import_articles.py`` is its command line; everything else lives here
so that tests and other tools can call it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.article import LANGUAGES, NEWS_FOLDER, Article, ArticleError, Image, Source, parse_article, parse_date
from newsroom.files import write_atomic
from newsroom.importer.decoding import DecodeError, decode, detect_language
from newsroom.importer.extract import extract
from newsroom.registry import Registry, RegistryError, load_registry

DEFAULT_OUT = NEWS_FOLDER
DEFAULT_REGISTRY = Path("registry")
MAX_SAME_TITLE = 100
MAX_JOBS = 4
PARALLEL_FROM = 40  # files: below this, starting worker processes costs more than it saves


@dataclass
class ImportResult:
    """What happened to one input: the JSON object ``--json`` prints."""

    input: str
    output: str | None
    status: str  # created | updated | unchanged | exists | failed
    message: str = ""
    unknown: dict[str, list[str]] | None = None
    """With ``--report``: the names the registry does not know yet, by kind."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "input": self.input,
            "output": self.output,
            "status": self.status,
            "message": self.message,
        }
        if self.unknown is not None:
            out["unknown"] = self.unknown
        return out


@dataclass
class ImportOptions:
    out: Path = DEFAULT_OUT
    date: dt.date | None = None
    lang: str | None = None
    force: bool = False
    dry_run: bool = False
    report: bool = False


def build_article_with_report(
    text: str, registry: Registry, options: ImportOptions, today: dt.date
) -> tuple[Article, list[str], dict[str, list[str]]]:
    """The article for one raw text, warnings for the editor, and the names the registry does not know.

    The text's own date (a date line, or the dateline) wins; ``--date`` is the fallback, then today.
    """
    lang = options.lang or detect_language(text)
    found = extract(text, registry, lang)
    warnings = []
    date = found.date or options.date
    if date is None:
        date = today
        if found.partial_date is not None:  # a day and month: the year is never invented
            warnings.append(f"the text gives no year and there is no --date: using today, {today.isoformat()}")
        else:
            warnings.append(f"no date in the text and no --date: using today, {today.isoformat()}")
    source = None
    if found.source:
        entry = registry.sources.get(found.source)
        source = Source(found.source, entry.url if entry else None)
    article = Article(
        title=found.title,
        date=date,
        summary=found.summary,
        tags=found.entities.tags,
        people=found.entities.people,
        organizations=found.entities.organizations,
        places=found.entities.places,
        source=source,
        image=Image(caption=found.caption, credit=found.credit) if found.caption or found.credit else None,
        lang=lang,
        subtitle=found.subtitle,
        byline=found.byline,
        dateline=found.dateline,
        body=found.body,
    )
    return article, warnings, found.entities.unknown


def choose_path(article: Article, out: Path, claimed: dict[Path, Article] | None = None) -> tuple[Path, Article | None]:
    """Where ``article`` goes under ``out``, and the article already there if it is the same one.

    The same article is the same title and lead on the same date (a re-import, maybe of a
    corrected text); a different article with the same title gets ``<slug>-2.md``, ``-3.md``...
    ``claimed`` holds the paths this run has taken already (written, or not with ``--dry-run``).
    A file that is not a valid article is never replaced; one that cannot be read is an error.
    """
    claimed = claimed if claimed is not None else {}
    folder = out / str(article.date.year)
    slug = article.slug
    for number in range(1, MAX_SAME_TITLE + 1):
        path = folder / (f"{slug}.md" if number == 1 else f"{slug}-{number}.md")
        existing = claimed.get(path)
        if existing is None:
            if not path.exists():
                return path, None
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                continue  # not an article: left alone
            except OSError as error:
                raise ValueError(f"{path} cannot be read ({error.strerror or error})") from None
            try:
                existing = parse_article(text, str(path))
            except ArticleError:
                continue
        if (existing.title, existing.date, existing.summary) == (article.title, article.date, article.summary):
            return path, existing
    raise ValueError(f"more than {MAX_SAME_TITLE} articles titled {article.title!r} on {article.date}")


@dataclass
class Prepared:
    """One raw file read and extracted (the part that can run in a worker process), not yet written."""

    name: str
    article: Article | None = None
    warnings: list[str] = field(default_factory=list)
    unknown: dict[str, list[str]] = field(default_factory=dict)
    failure: str = ""
    markdown: str = ""


def prepare_file(path: Path, registry: Registry, options: ImportOptions, today: dt.date) -> Prepared:
    """Read, decode and extract one raw file; never raises for bad input."""
    name = str(path)
    try:
        text = decode(path.read_bytes())
        article, warnings, unknown = build_article_with_report(text, registry, options, today)
    except (OSError, DecodeError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return Prepared(name, failure=f"{name}: {reason}")
    except Exception as error:  # one bad file never stops the others, and never shows a traceback
        return Prepared(name, failure=f"{name}: cannot be imported ({type(error).__name__}: {error})")
    return Prepared(name, article, warnings, unknown, markdown=article.to_markdown())


def write_prepared(
    prepared: Prepared, options: ImportOptions, claimed: dict[Path, Article] | None = None
) -> tuple[ImportResult, list[str]]:
    """Write one prepared article where it belongs (in input order: same-title articles get -2, -3 ...).

    ``claimed`` (path -> article) remembers what this run wrote, or would write with ``--dry-run``.
    """
    name, article, warnings = prepared.name, prepared.article, prepared.warnings
    if article is None:
        return ImportResult(name, None, "failed", prepared.failure), []
    unknown = prepared.unknown if options.report else None
    claimed = claimed if claimed is not None else {}
    try:
        target, existing = choose_path(article, options.out, claimed)
        markdown = prepared.markdown or article.to_markdown()
        if existing is not None:
            current = claimed[target].to_markdown() if target in claimed else target.read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ImportResult(name, None, "failed", f"{name}: {reason}"), []
    if existing is None:
        status = "created"
    elif current == markdown:
        return ImportResult(name, str(target), "unchanged", unknown=unknown), warnings
    elif options.force:
        status = "updated"
    else:
        message = f"{target} exists and differs from this import (edited by hand?); --force replaces it"
        return ImportResult(name, str(target), "exists", message, unknown=unknown), warnings
    if not options.dry_run:
        try:
            write_atomic(target, markdown)
        except OSError as error:
            return ImportResult(name, str(target), "failed", f"{target}: cannot write ({error.strerror})"), []
    claimed[target] = article
    return ImportResult(name, str(target), status, unknown=unknown), warnings


def import_file(
    path: Path, registry: Registry, options: ImportOptions, today: dt.date
) -> tuple[ImportResult, list[str]]:
    """Import one raw file; never raises for bad input, reports ``failed`` instead."""
    return write_prepared(prepare_file(path, registry, options, today), options)


# Worker processes for a batch: each loads the registry once (and natasha once, if it meets Russian).
_worker: dict[str, object] = {}


def _start_worker(registry_folder: Path, options: ImportOptions, today: dt.date) -> None:
    _worker.update(registry=load_registry(registry_folder), options=options, today=today)


def _prepare_in_worker(path: Path) -> Prepared:
    return prepare_file(path, _worker["registry"], _worker["options"], _worker["today"])  # type: ignore[arg-type]


def prepared_files(
    paths: list[Path], registry: Registry, registry_folder: Path, options: ImportOptions, today: dt.date, jobs: int
) -> Iterator[Prepared]:
    """Each file prepared, in input order; a large batch is spread over ``jobs`` processes."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield prepare_file(path, registry, options, today)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    done = 0
    try:
        with ProcessPoolExecutor(
            jobs, context, initializer=_start_worker, initargs=(registry_folder, options, today)
        ) as pool:
            for ready in pool.map(_prepare_in_worker, paths, chunksize=4):
                yield ready
                done += 1
    except BrokenProcessPool:
        # A worker died (killed, out of memory, a crash in a library): the rest in this process.
        print(
            f"warning: a worker process stopped; importing the remaining {len(paths) - done} files in one process",
            file=sys.stderr,
        )
        for path in paths[done:]:
            yield prepare_file(path, registry, options, today)


def raw_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The ``.txt`` files named, and those inside the folders named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() == ".txt" and p.is_file())
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
    parser.add_argument(
        "--report",
        action="store_true",
        help="list the names the registry does not know yet (people, organizations, places, tags), per article",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=f"processes for a large batch (default: the CPU count, at most {MAX_JOBS})",
    )
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
    if not arguments.registry.is_dir():
        print(f"error: --registry: {arguments.registry} is not a folder", file=sys.stderr)
        return 2
    try:
        registry = load_registry(arguments.registry)
    except RegistryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    options = ImportOptions(
        arguments.out, arguments.date, arguments.lang, arguments.force, arguments.dry_run, arguments.report
    )
    today = dt.date.today()
    paths = list(raw_files(arguments.paths))
    counts = dict.fromkeys(STATUSES, 0)
    claimed: dict[Path, Article] = {}
    jobs = arguments.jobs if arguments.jobs is not None else min(os.cpu_count() or 1, MAX_JOBS)
    prepared = prepared_files(paths, registry, arguments.registry, options, today, jobs)
    with _progress(len(paths), enabled=not arguments.no_progress) as bar:
        for path, ready in zip(paths, prepared, strict=True):
            result, warnings = write_prepared(ready, options, claimed)
            counts[result.status] += 1
            for warning in warnings:
                bar.write(f"warning: {path}: {warning}")
            if arguments.json:
                print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
            else:
                detail = f" ({result.message})" if result.message and result.status != "failed" else ""
                print(f"{result.status}: {result.message if result.status == 'failed' else result.output}{detail}")
                if result.unknown:
                    for kind, names in result.unknown.items():
                        bar.write(f"not in the registry: {kind}: {path}: {', '.join(names)}")
            bar.update()
    if len(paths) > 1:
        summary = ", ".join(f"{count} {status}" for status, count in counts.items())
        print(f"{len(paths)} files: {summary}", file=sys.stderr)
    return 1 if counts["failed"] or counts["exists"] else 0


STATUSES = ("created", "updated", "unchanged", "exists", "failed")


class _NoBar:
    """What the loop needs of a progress bar, when there is none (stderr is not a terminal)."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self) -> None:
        return None

    def write(self, message: str) -> None:
        print(message, file=sys.stderr)


def _progress(total: int, enabled: bool):
    """A tqdm bar on stderr for a batch, only when stderr is a terminal (never in stdout, never in logs)."""
    if not enabled or total < 2 or not sys.stderr.isatty():
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()

    class _Bar(tqdm):  # type: ignore[misc]
        def write(self, message: str) -> None:  # type: ignore[override]
            tqdm.write(message, file=sys.stderr)

    return _Bar(total=total, file=sys.stderr, unit="file", desc="importing", leave=False)
