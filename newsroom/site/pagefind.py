"""Pagefind: a search index split in small files, for archives too large for one search_index.json.

``index_site`` runs Pagefind (PyPI ``pagefind[bin]``, which ships the binary) on a built site;
it writes ``pagefind/`` into the site: ``pagefind-entry.json``, ``pagefind.js``, the UI and
the index chunks a reader's browser fetches one query at a time. Nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

BUNDLE_DIR = "pagefind"
ENTRY = "pagefind-entry.json"
INSTALL_HINT = "pip install -r requirements.txt (it pins pagefind[bin])"


class PagefindError(RuntimeError):
    """Pagefind could not index the site; the message says which site and why."""


def index_site(site_dir: Path, timeout: float = 1800, bundle_dir: Path | None = None, gently: bool = False) -> Path:
    """Index the built site in ``site_dir`` with Pagefind; return its ``pagefind/`` folder (or
    ``bundle_dir``, where the bundle is written instead). ``gently``: at a low CPU priority (where
    the system has one), so that a preview's next rebuild goes first."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise PagefindError(f"{site_dir}: not a built site (no index.html); build it first")
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    if bundle_dir is not None:
        command += ["--output-path", str(bundle_dir)]
    if gently and (nice := shutil.which("nice")):
        command = [nice, "-n", "10", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        raise PagefindError(f"{site_dir}: pagefind did not finish in {timeout:.0f} s") from None
    output = (result.stderr + result.stdout).strip()
    if result.returncode != 0:
        if "No module named pagefind" in output:
            raise PagefindError(f"{site_dir}: pagefind is not installed: {INSTALL_HINT}")
        last_lines = "\n".join(output.splitlines()[-5:]) or f"exit code {result.returncode}"
        raise PagefindError(f"{site_dir}: pagefind failed:\n{last_lines}")
    bundle = bundle_dir if bundle_dir is not None else site_dir / BUNDLE_DIR
    if not (bundle / ENTRY).is_file():
        raise PagefindError(f"{site_dir}: pagefind wrote no {BUNDLE_DIR}/{ENTRY}:\n{output}")
    return bundle


def has_index(site_dir: Path) -> bool:
    """Whether the site in ``site_dir`` has a Pagefind index already."""
    return (Path(site_dir) / BUNDLE_DIR / ENTRY).is_file()


ENTRY_FILES = (ENTRY, "pagefind.js")
"""What a reader's browser loads first; they name every other file of the bundle by its hash."""


def replace_index(site_dir: Path, keep: frozenset[str] = frozenset()) -> set[str]:
    """Index the site into a folder beside it, then move the new files into ``pagefind/``, its
    entry files last: a reader never gets half an index, and a page loaded before the move still
    finds the files its entry named. Files of ``pagefind/`` that are neither new nor in ``keep`` (the
    last run's) are removed. Returns the new files' names (relative to ``pagefind/``)."""
    site_dir = Path(site_dir)
    fresh = site_dir.parent / f".{site_dir.name}-{BUNDLE_DIR}-next"
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        index_site(site_dir, bundle_dir=fresh, gently=True)
        names = {path.relative_to(fresh).as_posix() for path in fresh.rglob("*") if path.is_file()}
        bundle = site_dir / BUNDLE_DIR
        for name in sorted(names, key=lambda name: name in ENTRY_FILES):
            (bundle / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(fresh / name, bundle / name)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    if keep:  # the first run keeps the files of the build's own index: pages loaded before may use them
        for path in [p for p in bundle.rglob("*") if p.is_file()]:
            if path.relative_to(bundle).as_posix() not in names | keep:
                path.unlink(missing_ok=True)
    return names


class IndexInBackground:
    """A preview's search index: Pagefind runs after a rebuild without holding the page back, and
    its files replace the old ones when done. A rebuild that ends during a run asks for one more
    run after it, so the last index is always of the last build. ``stop`` (the server's end) asks
    for no more runs and waits for the one under way."""

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None
        self._again = False
        self._stopping = False
        self._last: frozenset[str] = frozenset()

    def request(self, site_dir: Path) -> None:
        """Index ``site_dir`` soon (now, or after the run under way)."""
        with self._lock:
            if self._stopping:
                return
            if self._running is not None:
                self._again = True
                return
            self._running = threading.Thread(target=self._run, args=(Path(site_dir),), daemon=True)
            try:
                self._running.start()
            except RuntimeError as error:
                self._running = None
                self.warn(f"newsroom: search index not updated: {error}")

    def wait(self, timeout: float | None = None) -> None:
        """Until no run is under way (for tests and shutdown)."""
        with self._lock:
            running = self._running
        if running is not None:
            running.join(timeout)

    def stop(self, timeout: float = 60) -> None:
        """No more runs; wait for the one under way (so that none writes into a removed folder)."""
        with self._lock:
            self._stopping, self._again = True, False
        self.wait(timeout)

    def _run(self, site_dir: Path) -> None:
        try:
            while True:
                try:
                    self._last = frozenset(replace_index(site_dir, self._last))
                except Exception as error:  # a thread's error would otherwise end indexing for good
                    self.warn(f"newsroom: search index not updated: {error}")
                with self._lock:
                    if not self._again or self._stopping:
                        return
                    self._again = False
        finally:
            with self._lock:
                self._running = None
