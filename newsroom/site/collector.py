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


_thresholds: tuple[int, int, int] | None = None
"""The collector's thresholds before the build under way settled (None: no build settled)."""


def settle_for_a_build() -> None:
    """What exists now stays to the end of the build: out of the collector's passes; young passes rarer."""
    global _thresholds
    gc.collect(1)
    gc.freeze()
    if _thresholds is None:
        _thresholds = gc.get_threshold()
    _, middle, old = _thresholds
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def end_of_build() -> None:
    """The build ended (well or not): what it froze is the collector's again, its thresholds as before
    (a process that builds more than once, such as a test run, keeps no build's objects for ever)."""
    global _thresholds
    if _thresholds is None:
        return
    gc.unfreeze()
    gc.set_threshold(*_thresholds)
    _thresholds = None
