"""How long the line checks of ``newsroom.importer.debris`` take on a long line of one mark.

A raw text may hold a line of thousands of marks (a rule of dashes, a wall of emoji, a pasted table's
border); each check runs on every line, so each must stay well under 0.1 s on a 10,000-character line.
Prints the slowest lines for ``is_debris`` and the other ``is_*`` checks.

    .venv/bin/python benchmarks/debris_line_speed.py [--length 10000]
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from newsroom.importer import debris  # noqa: E402

MARKS = (".", " ", "a", "а", "1", "-", "—", "·", "#", "*", "!", ",", "(", "|", "/", ":", "'", '"', "_", "=", "@", "€")
PAIRS = ("a ", ". ", "1 ", "- ", "A. ", "a.")


def lines(length: int) -> dict[str, str]:
    """Pathological lines: one mark repeated, and pairs of a mark and a space repeated."""
    found = {repr(mark): mark * length for mark in MARKS}
    found |= {repr(pair): (pair * (length // len(pair) + 1))[:length] for pair in PAIRS}
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=10_000, help="characters a line (default 10,000)")
    arguments = parser.parse_args(argv)
    checks = {name: getattr(debris, name) for name in dir(debris) if name.startswith("is_")}
    checks = {name: check for name, check in checks.items() if len(inspect.signature(check).parameters) == 1}
    timings = []
    for label, line in lines(arguments.length).items():
        for name, check in checks.items():
            start = time.perf_counter()
            check(line)
            timings.append((time.perf_counter() - start, name, label))
    for seconds, name, label in sorted(timings, reverse=True)[:8]:
        print(f"{seconds:7.3f} s  {name}({label} * {arguments.length})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
