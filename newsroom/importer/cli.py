"""The importer: raw ``.txt`` files, saved web pages and links in, article Markdown files out.

``scripts/import_articles.py`` (and the ``newsroom-import`` console script) is its command
line; everything else lives here so that tests and other tools can call it.

An article's identity does not depend on its date: the same title with the same lead (or the
same body) is the same article wherever it is under ``--out``, so a text imported again with a
corrected date is found in the year folder it was first written to, and reported (``exists``)
or, with ``--force``, updated and moved to the right year folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import re
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
from newsroom.importer.inputs import complete_article, is_link, is_raw_file, is_web_page, load_page
from newsroom.importer.pictures import ImportedPicture, attach_picture, store_picture
from newsroom.registry import Registry, RegistryError, load_registry

DEFAULT_OUT = NEWS_FOLDER
DEFAULT_REGISTRY = Path("registry")
MAX_SAME_TITLE = 100
MAX_JOBS = 4
PARALLEL_FROM = 40  # files: below this, starting worker processes costs more than it saves
STATUSES = ("created", "updated", "unchanged", "exists", "failed")
DRY_RUN_WORDS = {"created": "would create", "updated": "would update"}
"""How ``--dry-run`` names the statuses that would write (the others write nothing anyway)."""
YEAR_FOLDER = re.compile(r"\d{4}")


@dataclass
class ImportResult:
    """What happened to one input: the JSON object ``--json`` prints."""

    input: str
    output: str | None
    status: str  # created | updated | unchanged | exists | failed
    message: str = ""
    unknown: dict[str, list[str]] | None = None
    """With ``--report``: the names the registry does not know yet, by kind."""
    warnings: list[str] = field(default_factory=list)
    moved_from: str | None = None
    """The article's old place, when it moved to another year folder (a corrected date)."""
    dry_run: bool = False
    picture: str | None = None
    """The picture imported with the text: ``--image``, the one beside it, or a saved page's own."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "input": self.input,
            "output": self.output,
            "status": self.status,
            "message": self.message,
            "warnings": self.warnings,
            "dry_run": self.dry_run,
        }
        if self.moved_from is not None:
            out["moved_from"] = self.moved_from
        if self.unknown is not None:
            out["unknown"] = self.unknown
        if self.picture is not None:
            out["picture"] = self.picture
        return out

    def line(self) -> str:
        """The status line of the text output: ``created: <path>``, ``would update: <path> (...)``.

        ``exists`` and ``failed`` show their message, which names the file.
        """
        if self.status in ("failed", "exists"):
            return f"{self.status}: {self.message}"  # the message names the file
        word = DRY_RUN_WORDS.get(self.status, self.status) if self.dry_run else self.status
        detail = f" ({self.message})" if self.message else ""
        return f"{word}: {self.output}{detail}"


@dataclass
class ImportOptions:
    out: Path = DEFAULT_OUT
    date: dt.date | None = None
    lang: str | None = None
    force: bool = False
    dry_run: bool = False
    report: bool = False
    allow_local: bool = False
    """Links may point to this machine or the local network (tests only)."""
    image: Path | None = None
    """``--image``: the picture of a single text (else the one beside each text, if any)."""


@dataclass
class Built:
    """One raw text made into an article, before it is placed under ``--out``."""

    article: Article
    unknown: dict[str, list[str]]
    date_guess: str = ""
    """Why the date is today's (no date in the text nor ``--date``); empty when the date is known."""


def build_article_with_report(text: str, registry: Registry, options: ImportOptions, today: dt.date) -> Built:
    """The article for one raw text, why its date is a guess (if it is), and the names the registry does not know.

    The text's own date (a date line, or the dateline) wins; ``--date`` is the fallback, then today.
    """
    lang = options.lang or detect_language(text)
    found = extract(text, registry, lang)
    date = found.date or options.date
    guess = ""
    if date is None:
        date = today
        if found.partial_date is not None:  # a day and month: the year is never invented
            guess = "the text gives no year and there is no --date"
        else:
            guess = "no date in the text and no --date"
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
    return Built(article, found.entities.unknown, guess)


def same_story(one: Article, other: Article) -> bool:
    """The same article whatever its date: the same title, and the same lead or the same body."""
    if one.title != other.title:
        return False
    return bool(one.summary and one.summary == other.summary) or one.body.strip() == other.body.strip()


@dataclass
class Found:
    """An article under ``--out`` that is the one being imported."""

    path: Path
    article: Article
    text: str


def _raise(error: OSError) -> None:
    raise error


class OutFolder:
    """The articles under ``--out`` as this run sees them.

    What is on disk, plus what the run wrote and moved away, or with ``--dry-run`` would have:
    a dry run takes the same decisions as the real one. The folder's ``.md`` names are listed
    once, on first use, so a batch does not walk the folder for every file.
    """

    def __init__(self, root: Path, dry_run: bool = False) -> None:
        self.root = root
        self.dry_run = dry_run
        self.written: dict[Path, str] = {}
        self.gone: set[Path] = set()
        self._names: dict[str, set[Path]] | None = None

    def _by_name(self) -> dict[str, set[Path]]:
        """Every Markdown file under the folder by its name; a sub-folder out of reach is an error
        (an article in it might be the one imported: better fail than write a copy)."""
        if self._names is None:
            names: dict[str, set[Path]] = {}
            walk = os.walk(self.root, onerror=_raise) if self.root.exists() else ()
            for folder, folders, files in walk:
                for name in (*folders, *files):
                    if name.endswith(".md"):
                        names.setdefault(name[:-3], set()).add(Path(folder) / name)
            self._names = names
        return self._names

    def named(self, slug: str) -> list[Path]:
        """Every ``<slug>.md`` and ``<slug>-<n>.md`` under the folder, in any sub-folder."""
        names = self._by_name()
        stems = [slug, *(f"{slug}-{number}" for number in range(2, MAX_SAME_TITLE + 1))]
        return sorted(path for stem in stems for path in names.get(stem, ()) if path not in self.gone)

    def text_of(self, path: Path) -> str | None:
        """The file's text; None when it is not UTF-8 text (not an article: left alone).

        A file that is there but cannot be read is an error (ValueError naming it).
        """
        if path in self.written:
            return self.written[path]
        try:
            return path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            return None
        except OSError as error:
            raise ValueError(f"{path} cannot be read ({error.strerror or error})") from None

    def same_articles(self, article: Article) -> list[Found]:
        """The articles under the folder that are ``article`` (any date), the one in its year folder first."""
        found = []
        for path in self.named(article.slug):
            text = self.text_of(path)
            if text is None:
                continue
            try:
                existing = parse_article(text, str(path))
            except ArticleError:
                continue  # not a valid article: never replaced
            if same_story(existing, article):
                found.append(Found(path, existing, text))
        year_folder = self.year_folder(article.date)
        return sorted(found, key=lambda one: one.path.parent != year_folder)

    def year_folder(self, date: dt.date) -> Path:
        return self.root / str(date.year)

    def is_year_folder(self, folder: Path) -> bool:
        return folder.parent == self.root and YEAR_FOLDER.fullmatch(folder.name) is not None

    def taken(self, path: Path) -> bool:
        if path in self.gone:
            return False
        return path in self.written or path.exists() or path.is_symlink()

    def free_path(self, article: Article) -> Path:
        """The first free ``<slug>.md``, ``<slug>-2.md``... in the article's year folder."""
        folder, slug = self.year_folder(article.date), article.slug
        for number in range(1, MAX_SAME_TITLE + 1):
            path = folder / (f"{slug}.md" if number == 1 else f"{slug}-{number}.md")
            if not self.taken(path):
                return path
        raise ValueError(f"more than {MAX_SAME_TITLE} articles titled {article.title!r} in {folder}")

    def write(self, path: Path, markdown: str) -> None:
        """Write ``path`` atomically (or, with ``--dry-run``, remember that the run would); OSError on failure."""
        if not self.dry_run:
            write_atomic(path, markdown)
        self.written[path] = markdown
        self.gone.discard(path)
        self._by_name().setdefault(path.stem, set()).add(path)

    def remove(self, path: Path) -> None:
        """Remove an article that moved to another year folder; OSError on failure."""
        if not self.dry_run:
            path.unlink()
        self.gone.add(path)
        self.written.pop(path, None)


@dataclass
class Prepared:
    """One raw file read and extracted (the part that can run in a worker process), not yet written."""

    name: str
    article: Article | None = None
    unknown: dict[str, list[str]] = field(default_factory=dict)
    failure: str = ""
    markdown: str = ""
    date_guess: str = ""
    """Why the date is today's (see ``Built.date_guess``); empty when the date is known."""
    picture: ImportedPicture | None = None


def _attach_picture(article: Article, path: Path | str, image: Path | None) -> ImportedPicture | None:
    """The input's picture: ``--image``, a saved page's own (from its ``_files`` folder), or the one
    beside a text file (a link has none beside it)."""
    if image is None and is_link(path):
        return None
    return attach_picture(article, Path(path), image)


def prepare_file(path: Path | str, registry: Registry, options: ImportOptions, today: dt.date) -> Prepared:
    """Read, decode and extract one raw file, saved web page or link; never raises for bad input."""
    name = str(path)
    page = None
    try:
        if is_link(path) or is_web_page(Path(path)):
            page = load_page(path, options.allow_local)
            # the text's own date wins, then the page's (htmldate), then --date
            options = dataclasses.replace(options, lang=options.lang or page.lang, date=page.date or options.date)
            text = page.text
        else:
            text = decode(Path(path).read_bytes())
        built = build_article_with_report(text, registry, options, today)
        if page is not None:
            built.article = complete_article(built.article, page, registry)
    except (OSError, DecodeError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return Prepared(name, failure=f"{name}: {reason}")
    except Exception as error:  # one bad file never stops the others, and never shows a traceback
        return Prepared(name, failure=f"{name}: cannot be imported ({type(error).__name__}: {error})")
    article = built.article
    picture = _attach_picture(article, path, options.image or (page.picture if page is not None else None))
    markdown = article.to_markdown()
    return Prepared(name, article, built.unknown, markdown=markdown, date_guess=built.date_guess, picture=picture)


def dated(prepared: Prepared, same: list[Found]) -> tuple[Article, str, str]:
    """The article, its Markdown, and the warning about its date when the date is a guess.

    A guessed date (today) gives way to the date of the same article already under ``--out``:
    importing a text again without ``--date`` never moves an article to this year.
    """
    article = prepared.article
    assert article is not None
    markdown = prepared.markdown or article.to_markdown()
    if not prepared.date_guess:
        return article, markdown, ""
    if same and same[0].article.date != article.date:
        article = dataclasses.replace(article, date=same[0].article.date)
        kept = f"{prepared.date_guess}: keeping the date of {same[0].path}, {article.date.isoformat()}"
        return article, article.to_markdown(), kept
    return article, markdown, f"{prepared.date_guess}: using today, {article.date.isoformat()}"


def write_prepared(prepared: Prepared, options: ImportOptions, out: OutFolder | None = None) -> ImportResult:
    """Write one prepared article where it belongs (in input order: same-title articles get -2, -3 ...).

    ``out`` remembers what this run wrote, or would write with ``--dry-run``.
    """
    out = out if out is not None else OutFolder(options.out, options.dry_run)
    result = ImportResult(prepared.name, None, "failed", dry_run=options.dry_run)
    if prepared.article is None:
        result.message = prepared.failure
        return result
    result.unknown = prepared.unknown if options.report else None
    try:
        same = out.same_articles(prepared.article)
        article, markdown, date_warning = dated(prepared, same)
        if date_warning:
            result.warnings.insert(0, date_warning)
        if not same:
            result = _write(out, result, out.free_path(article), markdown, "created")
        else:
            result = _replace(out, result, options, article, markdown, same)
        result.warnings += store_picture(result.status, result.output, prepared.picture, options.dry_run)
        if prepared.picture is not None and prepared.picture.clean is not None and result.status != "exists":
            result.picture = prepared.picture.source  # stored beside the article (or would be, dry run)
        return result
    except (OSError, ValueError) as error:  # an existing article that cannot be read, a folder out of reach
        reason = f"{error.filename}: {error.strerror}" if isinstance(error, OSError) and error.strerror else error
        result.status, result.output = "failed", None
        result.message = f"{prepared.name}: {reason}"
        return result


def _replace(
    out: OutFolder, result: ImportResult, options: ImportOptions, article: Article, markdown: str, same: list[Found]
) -> ImportResult:
    """The import of an article that is under ``--out`` already: unchanged, exists, or (``--force``) updated."""
    found = same[0]
    for copy in same[1:]:
        result.warnings.append(
            f"{copy.path} is this article too (a copy from an earlier import?): "
            "left alone; delete the one you do not want"
        )
    target = found.path
    folder = found.path.parent
    in_another_year_folder = out.is_year_folder(folder) and folder != out.year_folder(article.date)
    if in_another_year_folder and found.article.date != article.date:  # a corrected date: the article moves
        target = out.free_path(article)
    result.output = str(found.path)
    if target == found.path and found.text == markdown:
        result.status = "unchanged"
        return result
    if not options.force:
        result.status = "exists"
        if target == found.path:
            result.message = f"{found.path} differs from this import (edited by hand?); --force replaces it"
        else:
            result.message = (
                f"{found.path} is this article, dated {found.article.date.isoformat()}; this import dates it "
                f"{article.date.isoformat()}: --force moves it to {target} and updates it (hand edits are lost)"
            )
        return result
    _write(out, result, target, markdown, "updated")
    if result.status == "updated" and target != found.path:
        result.moved_from = str(found.path)
        result.message = f"{'would move' if options.dry_run else 'moved'} from {found.path}"
        try:
            out.remove(found.path)
        except OSError as error:
            result.warnings.append(f"{found.path}: cannot remove the old copy ({error.strerror}); delete it by hand")
    return result


def _write(out: OutFolder, result: ImportResult, target: Path, markdown: str, status: str) -> ImportResult:
    """Write ``target`` and set ``result`` to ``status``, or to ``failed`` naming the file."""
    try:
        out.write(target, markdown)
    except OSError as error:
        result.status, result.output = "failed", None
        result.message = f"{target}: cannot write ({error.strerror or error})"
        return result
    result.status, result.output = status, str(target)
    return result


def import_file(path: Path, registry: Registry, options: ImportOptions, today: dt.date) -> ImportResult:
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


def raw_files(paths: Iterable[Path | str]) -> Iterator[Path | str]:
    """The links, the files named, and the ``.txt`` and ``.html`` files inside the folders named, in a
    stable order (a saved page's ``*_files/`` folder is its own, not an input)."""
    for path in paths:
        if is_link(path):
            yield str(path)
        elif (path := Path(path)).is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_raw_file(p, path))
        else:
            yield path


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Import raw article text (.txt files), saved web pages (.html) and links, or folders of "
        "them, as Markdown articles. "
        "Run it from the site's folder (where mkdocs.yml is): --out and --registry are relative to it.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="raw .txt files, saved web pages (.html), links (https://...), folders"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where articles go (default: docs/news)")
    parser.add_argument("--date", help="publication date YYYY-MM-DD when the text has none")
    parser.add_argument("--lang", choices=LANGUAGES, help="the articles' language (default: detected)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="update articles that differ, and move one whose date changed to its year folder (hand edits are lost)",
    )
    parser.add_argument("--image", type=Path, metavar="PATH", help="the picture of a single text (.jpg, .png, .webp)")
    parser.add_argument("--dry-run", action="store_true", help="say what would happen (would create...), write nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per input on stdout")
    parser.add_argument(
        "--registry", type=Path, default=DEFAULT_REGISTRY, help="the registry folder (default: registry)"
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="list the names the registry does not know yet (people, organizations, places, tags), per article",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    parser.add_argument(
        "--allow-local", action="store_true", help="let links point to this machine or the local network (tests)"
    )
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


def folder_problem(arguments: argparse.Namespace) -> str:
    """Why the registry or the output folder cannot be used (a usage error), or ''."""
    site_hint = "run from the site's folder (where mkdocs.yml is)"
    if not arguments.registry.is_dir():
        hint = f" ({site_hint}, or give --registry)" if arguments.registry == DEFAULT_REGISTRY else ""
        return f"--registry: {arguments.registry} is not a folder{hint}"
    if arguments.out == DEFAULT_OUT and not DEFAULT_OUT.parent.is_dir():
        return f"no {DEFAULT_OUT.parent} folder in {Path.cwd()}: {site_hint}, or give --out"
    if arguments.out.exists() and not arguments.out.is_dir():
        return f"--out: {arguments.out} is not a folder"
    if arguments.image is not None and (len(arguments.paths) != 1 or Path(arguments.paths[0]).is_dir()):
        return "--image: give it with a single text, page or link (pictures beside the texts need no option)"
    if arguments.image is not None and not arguments.image.is_file():
        return f"--image: {arguments.image} is not a file"
    return ""


def main(argv: list[str] | None = None) -> int:
    """The command line: exit 0 when all inputs imported or unchanged, 1 if any failed, 2 for usage."""
    arguments = parse_arguments(argv)
    if problem := folder_problem(arguments):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        registry = load_registry(arguments.registry)
    except RegistryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    options = ImportOptions(
        arguments.out, arguments.date, arguments.lang, arguments.force, arguments.dry_run, arguments.report
    )
    options.allow_local = arguments.allow_local
    options.image = arguments.image
    today = dt.date.today()
    paths = list(raw_files(arguments.paths))
    counts = dict.fromkeys(STATUSES, 0)
    warnings = 0
    out = OutFolder(options.out, options.dry_run)
    jobs = arguments.jobs if arguments.jobs is not None else min(os.cpu_count() or 1, MAX_JOBS)
    prepared = prepared_files(paths, registry, arguments.registry, options, today, jobs)
    with _progress(len(paths), enabled=not arguments.no_progress) as bar:
        for ready in prepared:
            result = write_prepared(ready, options, out)
            counts[result.status] += 1
            warnings += len(result.warnings)
            print_result(result, arguments.json, bar)
            bar.update()
    if len(paths) > 1:
        print(summary_line(len(paths), counts, warnings, options.dry_run), file=sys.stderr)
    return 1 if counts["failed"] or counts["exists"] else 0


def print_result(result: ImportResult, as_json: bool, bar: _NoBar) -> None:
    """One input's outcome: its warnings first (stderr), then its status line or JSON object (stdout)."""
    for warning in result.warnings:
        bar.write(f"warning: {result.input}: {warning}")
    if as_json:
        print(json.dumps(result.as_dict(), ensure_ascii=False), flush=True)
        return
    print(result.line(), flush=True)
    for kind, names in (result.unknown or {}).items():
        bar.write(f"not in the registry: {kind}: {result.input}: {', '.join(names)}")
    if result.picture:
        bar.write(f"picture: {result.input}: {result.picture}")


def summary_line(total: int, counts: dict[str, int], warnings: int, dry_run: bool) -> str:
    """``3 files: 3 created, 0 updated, 0 unchanged, 0 exists, 0 failed; 1 warning`` (on stderr)."""
    words = {status: DRY_RUN_WORDS.get(status, status) if dry_run else status for status in STATUSES}
    statuses = ", ".join(f"{counts[status]} {words[status]}" for status in STATUSES)
    line = f"{total} files: {statuses}; {warnings} warning{'' if warnings == 1 else 's'}"
    return f"{line} (dry run: nothing was written)" if dry_run else line


class _NoBar:
    """What the loop needs of a progress bar, when there is none (stderr is not a terminal)."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self) -> None:
        return None

    def write(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)


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
