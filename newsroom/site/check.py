"""``newsroom-check``: the content check, in seconds, without building the site.

It reads what a build reads (every article's front matter, the registry, the profiles of people,
tags, organizations, places and authors, mkdocs.yml's settings of the newsroom) and reports what
the strict build would stop on, one line each, ``path: field: problem``. Exit code 0 when the
content is clean, 1 when it has problems, 2 when there is no site to check. The strict build
(``mkdocs build --strict``) stays the last word: publishing runs it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from newsroom.article import Article
from newsroom.pictures import article_picture_problems
from newsroom.registry import Registry, RegistryError, load_registry
from newsroom.site.authors import add_authors
from newsroom.site.catalog import Catalog, address_clashes, load_catalog, url_of
from newsroom.site.check_cache import CACHE_FILE, PICTURES_FILE, ArticleCache, PictureMemory
from newsroom.site.clock import DEFAULT_TIMEZONE, Clock, ClockError
from newsroom.site.indexes import build_index
from newsroom.site.languages import LanguageError, site_languages
from newsroom.site.multilingual import Languages

CONFIG_NAME = "mkdocs.yml"
REGISTRY_FOLDER = "registry"


class _AnyTagLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML that reads mkdocs.yml whatever its ``!ENV`` or ``!!python/name`` tags (they matter to MkDocs only)."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


class SiteNotFound(Exception):
    """No site to check where asked (the message says what is missing)."""


@dataclass
class Report:
    """What the check found: the problems, one line each, and what it read."""

    problems: list[str] = field(default_factory=list)
    catalog: Catalog = field(default_factory=Catalog)
    files: int = 0
    clock: Clock | None = None
    catalog_label: str = "docs"

    def summary(self, seconds: float) -> str:
        catalog = self.catalog
        counts = (
            f"{self.files} files: {len(catalog.articles)} articles ({len(catalog.scheduled)} scheduled), "
            f"{len(catalog.profiles)} profiles, {len(catalog.authors)} authors"
        )
        verdict = f"{len(self.problems)} problems" if self.problems else "no problems"
        return f"content check: {counts}; {verdict} ({seconds:.2f} s)"

    def schedule(self) -> list[str]:
        """One line per embargoed article: when it goes out."""
        if self.clock is None:
            return []
        lines = []
        for article in reversed(self.catalog.scheduled):
            release = self.clock.release(article).astimezone(self.clock.zone)
            when = f"{release:%Y-%m-%d %H:%M} ({self.clock.zone.key})"
            lines.append(f"scheduled: {self.catalog_label}/{article.src_path}: goes out {when}")
        return lines


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as a mapping; SiteNotFound when there is none, a problem-free {} when it is empty."""
    try:
        text = config_file.read_text(encoding="utf-8-sig")
    except OSError:
        raise SiteNotFound(f"{config_file}: not found (run newsroom-check in the site's folder, or give -f)") from None
    try:
        config = yaml.load(text, Loader=_AnyTagLoader)  # a safe loader
    except yaml.YAMLError as error:
        raise SiteNotFound(f"{config_file}: not valid YAML ({error})") from None
    return config if isinstance(config, dict) else {}


def markdown_files(docs_dir: Path) -> list[str]:
    """The docs-relative paths of the Markdown files MkDocs reads (dot files and folders left out)."""
    found = []
    for folder, folders, files in os.walk(docs_dir):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        relative = Path(folder).relative_to(docs_dir).as_posix()
        prefix = "" if relative == "." else f"{relative}/"
        found.extend(f"{prefix}{name}" for name in sorted(files) if name.endswith(".md") and not name.startswith("."))
    return found


def _registry(folder: Path, problems: list[str]) -> Registry:
    try:
        return load_registry(folder)
    except RegistryError as error:
        problems.append(str(error))
        return Registry()


def _clock(config: dict[str, Any], problems: list[str]) -> Clock:
    """The site's clock; with a bad time zone or NEWSROOM_NOW, that problem and the real time in the default zone."""
    extra = config.get("extra")
    try:
        return Clock.for_site(extra if isinstance(extra, dict) else None)
    except ClockError as error:
        problems.append(str(error))
        zone = ZoneInfo(DEFAULT_TIMEZONE)
        return Clock(dt.datetime.now(zone), zone)


def check_site(config_file: Path, cache: bool = True) -> Report:
    """Check the site of ``config_file`` (its docs folder, registry and newsroom settings).

    With ``cache``, the articles unchanged since the last check are not read again (``check_cache``).
    """
    config = read_config(config_file)
    root = config_file.parent
    docs_dir = root / str(config.get("docs_dir") or "docs")
    if not docs_dir.is_dir():
        raise SiteNotFound(f"{docs_dir}: no docs folder (docs_dir in {config_file.name})")
    report = Report(catalog_label=docs_dir.name)
    report.clock = _clock(config, report.problems)
    if not config.get("site_url"):
        report.problems.append(f"{config_file.name}: site_url: not set (feeds, sitemap and sharing tags need it)")
    if config.get("use_directory_urls") is False:
        report.problems.append(f"{config_file.name}: use_directory_urls: the site needs true")
    src_paths = markdown_files(docs_dir)
    report.files = len(src_paths)
    reader = ArticleCache(root / CACHE_FILE) if cache else None
    catalog = load_catalog(docs_dir, src_paths, docs_dir.name, report.clock, *([reader] if reader else []))
    if reader is not None:
        reader.save()
    registry = _registry(root / REGISTRY_FOLDER, report.problems)
    invalid = catalog.names_in_invalid
    index = build_index(catalog.articles, registry, catalog.profiles, invalid, catalog.published, with_related=False)
    add_authors(index, catalog.authors, catalog.published)
    report.catalog = catalog
    pages = [(src_path, url_of(src_path)) for src_path in src_paths]
    report.problems += catalog.problems + index.problems + address_clashes(pages, docs_dir.name)
    pictures = PictureMemory(root / PICTURES_FILE) if cache else None
    report.problems += picture_problems(catalog.articles, docs_dir, pictures)
    if pictures is not None:
        pictures.save()
    report.problems += language_problems(config, root, catalog, docs_dir.name)
    return report


def theme_templates() -> list[Path]:
    """The theme's own templates folder, where its strings for each language are
    (``partials/languages/<code>.html``), found without importing it; none when it is not installed."""
    spec = importlib.util.find_spec("material")
    return [Path(spec.origin).parent / "templates"] if spec and spec.origin else []


def language_problems(config: dict[str, Any], root: Path, catalog: Catalog, label: str) -> list[str]:
    """The site's languages (``extra.newsroom.languages``) and the articles' against them: a
    language the site lacks, no ``lang`` on a multilingual site, two versions in one language."""
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    theme_language = str(theme.get("language") or "en")
    folders = theme_templates() + ([root / str(theme["custom_dir"])] if theme.get("custom_dir") else [])
    try:
        languages = site_languages(config.get("extra"), theme_language, folders)
    except LanguageError as error:
        return [str(error)]
    return Languages.prepare(catalog, languages, label).problems


def picture_problems(articles: Sequence[Article], docs_dir: Path, read: PictureMemory | None = None) -> list[str]:
    """The pictures that articles (drafts aside) name and a build would not publish: missing, not a
    picture, without alt text (the same messages as the build's). ``read`` remembers pictures."""
    return [
        problem
        for article in articles
        if not article.draft
        for problem in article_picture_problems(article, docs_dir, docs_dir.name, read)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: problems on stdout, what was checked and what is scheduled on stderr."""
    parser = argparse.ArgumentParser(
        prog="newsroom-check",
        description="Check the site's content (articles, registry, profiles, author pages) without building it. "
        "Prints every problem as 'path: field: problem'; exit code 1 when there is any.",
    )
    parser.add_argument("-f", "--config-file", type=Path, default=Path(CONFIG_NAME), help="the site's mkdocs.yml")
    parser.add_argument(
        "--no-cache", action="store_true", help=f"read every article again (not what {CACHE_FILE} remembers)"
    )
    arguments = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        report = check_site(arguments.config_file, cache=not arguments.no_cache)
    except SiteNotFound as error:
        print(f"newsroom-check: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem)
    for line in report.schedule():
        print(line, file=sys.stderr)
    print(report.summary(time.perf_counter() - started), file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
