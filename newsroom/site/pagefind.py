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
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
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


def replace_index(site_dir: Path) -> Path:
    """Index the site into a folder beside it, then put that in place of ``pagefind/`` at once (a
    reader of the served site never gets half an index)."""
    site_dir = Path(site_dir)
    fresh = site_dir.parent / f".{site_dir.name}-{BUNDLE_DIR}-next"
    old = site_dir.parent / f".{site_dir.name}-{BUNDLE_DIR}-old"
    for folder in (fresh, old):
        shutil.rmtree(folder, ignore_errors=True)
    index_site(site_dir, bundle_dir=fresh, gently=True)
    bundle = site_dir / BUNDLE_DIR
    if bundle.exists():
        os.replace(bundle, old)
    os.replace(fresh, bundle)
    shutil.rmtree(old, ignore_errors=True)
    return bundle


class IndexInBackground:
    """A preview's search index: Pagefind runs after a rebuild without holding the page back, and
    its index replaces the old one when done. A rebuild that ends during a run asks for one more
    run after it, so the last index is always of the last build."""

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None
        self._again = False

    def request(self, site_dir: Path) -> None:
        """Index ``site_dir`` soon (now, or after the run under way)."""
        with self._lock:
            if self._running is not None:
                self._again = True
                return
            self._running = threading.Thread(target=self._run, args=(Path(site_dir),), daemon=True)
            self._running.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until no run is under way (for tests and shutdown)."""
        with self._lock:
            running = self._running
        if running is not None:
            running.join(timeout)

    def _run(self, site_dir: Path) -> None:
        while True:
            try:
                replace_index(site_dir)
            except (PagefindError, OSError) as error:
                self.warn(f"newsroom: search index not updated: {error}")
            with self._lock:
                if not self._again:
                    self._running = None
                    return
                self._again = False
