"""A build's own process keeps out of memory what only its side process needs (peak memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FEED_LIBRARIES = ("feedgen", "lxml", "dateutil")
"""About 5 MiB together: loaded only where feeds are written (the side process of a clean build)."""


def test_the_hooks_load_no_feed_library_until_a_feed_is_written() -> None:
    script = (
        "import runpy, sys\n"
        "runpy.run_path('hooks/newsroom_hooks.py')\n"
        f"print(sorted(name for name in {FEED_LIBRARIES!r} if name in sys.modules))\n"
        "from newsroom.site.feeds import Feed, rss\n"
        "rss(Feed('Site', 'About', '', ()), 'https://example.org/')\n"
        f"print(sorted(name for name in {FEED_LIBRARIES!r} if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    before, after = done.stdout.splitlines()
    assert before == "[]"
    assert after == "['dateutil', 'feedgen', 'lxml']"
