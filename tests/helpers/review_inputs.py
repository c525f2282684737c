"""A reviewer's invented texts (``tests/importer/reviewNN_inputs/``), read and imported as the tests of each review's
findings need them."""

from __future__ import annotations

from pathlib import Path

from newsroom.importer.decoding import decode
from newsroom.importer.extract import Extraction, extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


class ReviewInputs:
    """The texts of one folder, by name without ``.txt``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def text(self, name: str) -> str:
        return decode((self.folder / f"{name}.txt").read_bytes())

    def extract(self, name: str) -> Extraction:
        return extract(self.text(name), REGISTRY)

    def lines(self, name: str) -> list[str]:
        """The text's lines, stripped, without blank ones."""
        return [line.strip() for line in self.text(name).splitlines() if line.strip()]
