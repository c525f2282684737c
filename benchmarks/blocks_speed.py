"""How long the extraction takes on long texts of alternating page furniture and short story lines.

The blocks stage asks, for each foot link and each list heading, whether a story paragraph stands below it; a
text of 2,000 lines alternating ``Privacy policy`` with a short line once took a minute. Times ``extract`` on
generated texts of ``--lines`` lines (alternating a furniture line with a story line of eleven words).

    .venv/bin/python benchmarks/blocks_speed.py [--lines 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from newsroom.importer.extract import extract  # noqa: E402
from newsroom.registry import load_registry  # noqa: E402

FURNITURE = ("Privacy policy", "Other campaigns", "Читайте также", "Политика конфиденциальности", "Email")


def text_of(furniture: str, lines: int) -> str:
    """A headline, then ``lines`` lines alternating ``furniture`` and a story line of eleven words."""
    body = (
        furniture if at % 2 == 0 else f"The council met on day {at} of the month and talked." for at in range(lines)
    )
    return "Headline of the test story\n\n" + "\n\n".join(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000, help="lines a text (default 2,000)")
    arguments = parser.parse_args(argv)
    registry = load_registry(REPOSITORY / "tests" / "fixtures" / "registry")
    for furniture in FURNITURE:
        start = time.perf_counter()
        extract(text_of(furniture, arguments.lines), registry)
        print(f"{time.perf_counter() - start:7.2f} s  {furniture!r} alternating, {arguments.lines} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
