"""Pagefind: a search index split in small files, for archives too large for one search_index.json.

``index_site`` runs Pagefind (PyPI ``pagefind[bin]``, which ships the binary) on a built site;
it writes ``pagefind/`` into the site: ``pagefind-entry.json``, ``pagefind.js``, the UI and
the index chunks a reader's browser fetches one query at a time. Nothing is downloaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE_DIR = "pagefind"
ENTRY = "pagefind-entry.json"
INSTALL_HINT = "pip install -r requirements.txt (it pins pagefind[bin])"


class PagefindError(RuntimeError):
    """Pagefind could not index the site; the message says which site and why."""


def index_site(site_dir: Path, timeout: float = 1800) -> Path:
    """Index the built site in ``site_dir`` with Pagefind; return its ``pagefind/`` folder."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise PagefindError(f"{site_dir}: not a built site (no index.html); build it first")
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
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
    bundle = site_dir / BUNDLE_DIR
    if not (bundle / ENTRY).is_file():
        raise PagefindError(f"{site_dir}: pagefind wrote no {BUNDLE_DIR}/{ENTRY}:\n{output}")
    return bundle
