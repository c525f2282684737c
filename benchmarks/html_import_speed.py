"""How long a batch of saved web pages takes to import (target: 100 pages in a few seconds).

Makes ``--count`` distinct saved pages from the pages of ``tests/importer/web_cases`` (each copy's
headline numbered), then times ``scripts/import_articles.py`` on their folder in one run, as an editor
runs it (process start, trafilatura, the text rules and natasha loading included). The progress bar
shows when stderr is a terminal, as for any batch.

    .venv/bin/python benchmarks/html_import_speed.py [--count 100] [--jobs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
CASES = REPOSITORY / "tests" / "importer" / "web_cases"
REGISTRY = REPOSITORY / "tests" / "fixtures" / "registry"
TARGET_SECONDS = 5.0


def make_pages(folder: Path, count: int) -> None:
    """``count`` pages: the case pages in turn, each copy's title and headline numbered."""
    templates = sorted(CASES.rglob("*.html"))
    for number in range(count):
        template = templates[number % len(templates)]
        data = template.read_bytes()
        encoding = "cp1251" if b"windows-1251" in data[:400] else "utf-8"
        html = data.decode(encoding)
        expected = template.with_suffix(".expected.txt").read_text(encoding="utf-8")
        title = re.search(r"^title: (.*)$", expected, re.MULTILINE)
        assert title is not None, template
        html = html.replace(title.group(1), f"{title.group(1)} {number}")
        (folder / f"page-{number:04}.html").write_bytes(html.encode(encoding))


def _children_cpu() -> float:
    """User and system seconds of the finished child processes (the importer and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--jobs", type=int, help="the importer's --jobs (default: its own)")
    parser.add_argument("--keep", type=Path, help="keep the pages and articles in this folder")
    arguments = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsroom-html-speed-"))
    try:
        pages, out = work / "pages", work / "out"
        pages.mkdir()
        make_pages(pages, arguments.count)
        command = [sys.executable, str(REPOSITORY / "scripts" / "import_articles.py"), "--registry", str(REGISTRY)]
        command += ["--out", str(out), "--date", "2025-01-01", "--json", str(pages)]
        if arguments.jobs:
            command += ["--jobs", str(arguments.jobs)]
        started, cpu_before = time.perf_counter(), _children_cpu()
        result = subprocess.run(command, stdout=subprocess.PIPE, text=True, cwd=work)  # stderr: the progress bar
        seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
        statuses = Counter(json.loads(line)["status"] for line in result.stdout.splitlines())
        per_page = seconds / arguments.count * 1000
        print(f"{arguments.count} saved pages imported in {seconds:.2f} s ({per_page:.0f} ms a page)")
        load = os.getloadavg()[0]
        print(f"CPU time of the importer's processes: {cpu:.2f} s; load average {load:.1f} on {os.cpu_count()} cores")
        print(f"statuses: {dict(statuses)}; target: at most {TARGET_SECONDS:.0f} s for 100 pages")
        if arguments.keep:
            shutil.copytree(work, arguments.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
