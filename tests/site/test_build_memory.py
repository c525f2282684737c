"""A build's own process keeps out of memory what only its side process needs (peak memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FEED_LIBRARIES = ("feedgen", "lxml", "dateutil")
"""About 5 MiB together: loaded only where feeds are written (the side process of a clean build)."""
PICTURE_LIBRARY = "PIL"
"""Pillow, about 4 MiB: loaded only where a picture or a sharing card is made."""


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


def test_the_hooks_load_no_picture_library_until_a_picture_is_made(tmp_path: Path) -> None:
    script = (
        "import runpy, sys\n"
        "from pathlib import Path\n"
        "runpy.run_path('hooks/newsroom_hooks.py')\n"
        "import newsroom.site.cards, newsroom.site.check, newsroom.site.check_cache\n"
        f"print({PICTURE_LIBRARY!r} in sys.modules)\n"
        "from newsroom.pictures import clean_picture, metadata_in\n"
        "from newsroom.site.cards import draw_card\n"
        "Path(sys.argv[1]).write_bytes(draw_card('A title', 'Site', '1 May 2026'))\n"
        "print(clean_picture(Path(sys.argv[1])).width, metadata_in(Path(sys.argv[1])))\n"
    )
    card = tmp_path / "card.jpg"
    done = subprocess.run([sys.executable, "-c", script, str(card)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False", "1200 []"]
