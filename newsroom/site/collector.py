"""Python's cycle collector during a full ``mkdocs build``.

What ``on_files`` made (the catalog, the index, the index pages, the templates) lives until the
build ends, and the collector's full passes walked all of it again and again (about 0.5 s of a
2,000-article build). ``settle_for_a_build`` moves it out of the collector's sight (``gc.freeze``:
it stays alive, as it would anyway) and lets the young generation grow larger between passes, so
that the many short-lived objects of each page are swept in fewer passes. Peak memory is the
same (measured at 2,000 articles). The preview keeps its own pause (``incremental.CollectorPause``).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 3000
"""Allocations between two passes over the young generation (Python's default: 700)."""


def settle_for_a_build() -> None:
    """What exists now stays to the end of the build: out of the collector's passes; young passes rarer."""
    gc.collect(1)
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
