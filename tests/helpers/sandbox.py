"""Throwaway sites built from fixtures, and a local web server, for tests and benchmarks.

A throwaway site is the tool (the repository's ``mkdocs.yml``, ``hooks/``, ``overrides/`` and the
stylesheets and scripts ``mkdocs.yml`` names) around fixture content: ``tests/fixtures/site/docs``
(a home page and an about page), the seed sample imported by the real importer, and the frozen
``tests/fixtures/registry``. The editors' own ``docs/`` and ``registry/`` are never read, so what
they add cannot change what a test sees.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPOSITORY = Path(__file__).resolve().parents[2]
TOOL_SOURCES = ("mkdocs.yml", "hooks", "overrides")
"""What a throwaway site takes from the repository: the tool, not the content."""
FIXTURES = REPOSITORY / "tests" / "fixtures"
FIXTURE_DOCS = FIXTURES / "site" / "docs"
FIXTURE_REGISTRY = FIXTURES / "registry"
SEED_SAMPLE = REPOSITORY / "tests" / "samples" / "raw" / "unesco-clubs-federation.txt"
SEED_DATE = "2023-10-31"
FIXTURE_CONFIG = """
# Added for a throwaway site: the editors' nav may name their own pages, which the fixtures lack.
validation:
  nav:
    not_found: info
"""
CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
"""Debian's Chromium (``apt-get install chromium``); browsers are never downloaded."""
# Without the background-networking flags Chromium phones home, and a closed network refuses it.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml whatever its ``!ENV``-style tags: they only matter to MkDocs."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def theme_assets(repository: Path = REPOSITORY) -> list[str]:
    """The stylesheets and scripts that ``mkdocs.yml`` names inside ``docs/`` (part of the tool)."""
    config = yaml.load((repository / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    named = [*config.get("extra_css", []), *config.get("extra_javascript", [])]
    paths = [item if isinstance(item, str) else (item or {}).get("path", "") for item in named]
    docs = repository / config.get("docs_dir", "docs")
    return [path for path in paths if path and "://" not in path and (docs / path).is_file()]


def copy_site(
    target: Path,
    repository: Path = REPOSITORY,
    docs: Path = FIXTURE_DOCS,
    registry: Path = FIXTURE_REGISTRY,
    seed: bool = True,
) -> Path:
    """A throwaway site in ``target``: the repository's tool around fixture docs and registry.

    ``seed`` adds the seed sample as the importer makes it (``news/2023/kazakhstan-heads-...md``).
    """
    target.mkdir(parents=True, exist_ok=True)
    for name in TOOL_SOURCES:
        source = repository / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    config = target / "mkdocs.yml"
    config.write_text(without_languages(config.read_text(encoding="utf-8")) + FIXTURE_CONFIG, encoding="utf-8")
    shutil.copytree(docs, target / "docs")
    for asset in theme_assets(repository):
        (target / "docs" / asset).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(repository / "docs" / asset, target / "docs" / asset)
    shutil.copytree(registry, target / "registry")
    if seed:
        shutil.copytree(imported_seed(), target / "docs" / "news", dirs_exist_ok=True)
    return target


def _block_end(lines: list[str], start: int) -> int:
    """Where the YAML block of the key on line ``start`` ends: at the next line indented as much
    or less (blank lines and comments belong to the block)."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and not line.lstrip().startswith("#") and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    return end


def _key_line(lines: list[str], key: str, start: int, end: int) -> int | None:
    found = (n for n in range(start, end) if lines[n].rstrip() == key or lines[n].startswith(f"{key} "))
    return next(found, None)


def _empty(lines: list[str]) -> bool:
    return not any(line.strip() and not line.lstrip().startswith("#") for line in lines)


def without_languages(config: str) -> str:
    """The text of a mkdocs.yml without ``extra.newsroom.languages`` (and without ``newsroom:`` and
    ``extra:`` when nothing else is left in them): a throwaway site is in one language unless its
    test lists some, and tests append their own ``extra:`` blocks."""
    lines = config.splitlines(keepends=True)
    extra = _key_line(lines, "extra:", 0, len(lines))
    if extra is None:
        return config
    extra_end = _block_end(lines, extra)
    newsroom = _key_line(lines, "  newsroom:", extra + 1, extra_end)
    if newsroom is None:
        return config
    newsroom_end = _block_end(lines, newsroom)
    languages = _key_line(lines, "    languages:", newsroom + 1, newsroom_end)
    if languages is None:
        return config
    del lines[languages : _block_end(lines, languages)]
    newsroom_end, extra_end = _block_end(lines, newsroom), _block_end(lines, extra)
    if _empty(lines[newsroom + 1 : newsroom_end]):
        del lines[newsroom:newsroom_end]
        extra_end = _block_end(lines, extra)
    if _empty(lines[extra + 1 : extra_end]):
        del lines[extra:extra_end]
    return "".join(lines)


SWITCH = "  newsroom:\n    search: pagefind\n"


def switch_to_pagefind(project: Path) -> None:
    """Add ``extra: newsroom: search: pagefind`` to the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  newsroom:" not in text, "mkdocs.yml has extra.newsroom now: set search in it here"
    if "\nextra:\n" in text:
        text = text.replace("\nextra:\n", "\nextra:\n" + SWITCH, 1)
    else:
        text += "\nextra:\n" + SWITCH
    config.write_text(text, encoding="utf-8")


@functools.cache
def imported_seed() -> Path:
    """A news folder holding the seed sample imported once per process by the real importer."""
    folder = Path(tempfile.mkdtemp(prefix="newsroom-seed-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    command = [sys.executable, str(REPOSITORY / "scripts" / "import_articles.py"), "--registry", str(FIXTURE_REGISTRY)]
    command += ["--out", str(folder), "--date", SEED_DATE, str(SEED_SAMPLE)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"importing the seed sample {SEED_SAMPLE} failed:\n{result.stdout}{result.stderr}")
    return folder


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site in ``site`` served on 127.0.0.1 on a free port; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
