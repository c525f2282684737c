"""A full build's collector settings (``newsroom.site.collector``) last only as long as the build."""

from __future__ import annotations

import gc

from newsroom.site import collector


def test_a_settled_build_gives_its_objects_and_thresholds_back_at_its_end() -> None:
    before = gc.get_threshold()
    try:
        collector.settle_for_a_build()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == collector.YOUNG_THRESHOLD
        collector.settle_for_a_build()  # settled twice (a build's on_files run again): one set of thresholds
        collector.end_of_build()
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == before
        collector.end_of_build()  # no build under way: nothing changes
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
