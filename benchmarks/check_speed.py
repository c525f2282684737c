"""Speed of the content check (``newsroom-check``) on a generated site, against its 2 s target.

    python benchmarks/check_speed.py --articles 2000 --repeat 3

Generates N articles (benchmarks/corpus.py) into a temporary copy of the site, with author
profiles and a few embargoed articles, then times the whole command (a new Python process each
time, imports included: what an editor or a pre-commit hook waits for), ``--repeat`` times cold
(``--no-cache``: every article read) and ``--repeat`` times warm (after a first run, with one
article edited: what a check after an edit does).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import make_site

TARGET_SECONDS = 2.0
AUTHORS = ("Aigerim Sadykova", "Marat Zhunusov", "Dana Yesimova")
EMBARGOED = """---
title: Embargoed story {number}
date: 2099-01-0{number}T09:00:00+05:00
byline: Dana Yesimova
tags: [youth]
---

Text.
"""


def add_newsroom_content(site: Path) -> None:
    """Author profiles and embargoed articles, so that the check reads every kind of file."""
    for name in AUTHORS:
        path = site / "docs" / "authors" / f"{name.lower().replace(' ', '-')}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\nname: {name}\nrole: Staff reporter\n---\n\nA short biography.\n", encoding="utf-8")
    for number in range(1, 4):
        path = site / "docs" / "news" / "2099" / f"embargoed-story-{number}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(EMBARGOED.format(number=number), encoding="utf-8")


def timed_check(site: Path, *options: str) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds (user and system: what it costs on a machine others share)
    and exit code of one ``newsroom-check`` in the site's folder."""
    command = [sys.executable, "-m", "newsroom.site.check", *options]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=site, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-check-bench-") as temporary:
        site = make_site(Path(temporary) / "site", arguments.articles)
        add_newsroom_content(site)
        timed_check(site)  # the first run fills the cache
        cold, warm = [], []
        for _ in range(arguments.repeat):
            cold.append(checked(site, "--no-cache"))
            edit_one_article(site)
            warm.append(checked(site))
    print(f"articles: {arguments.articles} (+3 embargoed, 3 author profiles), repetitions: {arguments.repeat}")
    for name, runs in (("cold (--no-cache)", cold), ("warm (one file edited)", warm)):
        wall = statistics.median(run[0] for run in runs)
        cpu = statistics.median(run[1] for run in runs)
        verdict = "met" if wall <= TARGET_SECONDS else "NOT met"
        walls = [round(run[0], 2) for run in runs]
        print(f"newsroom-check {name}: median {wall:.2f} s wall {walls}, {cpu:.2f} s CPU (target <= 2 s: {verdict})")


def checked(site: Path, *options: str) -> tuple[float, float]:
    seconds, cpu, code = timed_check(site, *options)
    if code != 0:
        raise SystemExit(f"newsroom-check found problems in the generated site (exit {code}); run it there to see")
    return seconds, cpu


def edit_one_article(site: Path) -> None:
    """Touch one article's text the way an editor would (one more sentence)."""
    path = next((site / "docs" / "news").rglob("*.md"))
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")


if __name__ == "__main__":
    main()
