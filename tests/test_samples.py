"""The samples copied into tests/samples are the shared ones, byte for byte."""

from __future__ import annotations

import pytest

from tests.helpers import SAMPLES, SEED, SHARED_SAMPLES


@pytest.mark.skipif(not SHARED_SAMPLES.is_dir(), reason="no ../shared/samples beside this checkout")
def test_the_copied_samples_are_the_shared_ones_byte_for_byte() -> None:
    shared = sorted(p.relative_to(SHARED_SAMPLES) for p in SHARED_SAMPLES.rglob("*") if p.is_file())
    copied = sorted(p.relative_to(SAMPLES) for p in SAMPLES.rglob("*") if p.is_file())
    assert shared == copied
    for name in shared:
        assert (SAMPLES / name).read_bytes() == (SHARED_SAMPLES / name).read_bytes(), name


def test_the_seed_is_the_article_that_started_the_project() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert text.startswith("Kazakhstan heads the World Federation of Clubs for UNESCO\n")
    assert text.endswith("Currently reading")
