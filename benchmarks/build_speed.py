"""Build speed with the index pages, against the floor (the same articles, no hooks).

    python benchmarks/build_speed.py --articles 5000 --repeat 3

Generates N articles (benchmarks/corpus.py) into two temporary copies of the site:
one as it is, one without hooks (the floor). Times ``mkdocs build`` of each, in
turns, ``--repeat`` times: the site with hooks twice, cold (``.cache/`` deleted first) and warm
(``.cache/`` kept from the build before, as the Pages workflow restores it); reports medians,
their ratios, peak memory, output size,
the largest HTML page, and a one-article ``mkdocs build --dirty`` rebuild (what
``mkdocs serve --dirty`` does after an edit) as a ratio to a full build.
Figures are ratios measured in one run: this machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import make_site
from newsroom.article import load_article
from newsroom.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
FLOOR_NAV = [{"Home": "index.md"}, {"About": "about.md"}]


def make_floor(site: Path) -> None:
    """The same site without the hooks: no index pages, no article headers (the floor)."""
    config_path = site / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config.pop("hooks", None)
    config["nav"] = FLOOR_NAV
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


CPU_SECONDS: dict[str, list[float]] = {}
"""By site folder: the CPU seconds (user + system) of each build, steadier than wall time on a busy machine."""


def code_path() -> str:
    """The builds' PYTHONPATH: this checkout's code first (a relative ``PYTHONPATH=.`` would name the
    site's folder, where the builds run, and the installed package would be measured instead)."""
    return os.pathsep.join([str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))])


def timed_build(site: Path, *extra: str) -> tuple[float, int]:
    """Seconds and peak memory (MiB) of one ``mkdocs build`` (its CPU seconds go to ``CPU_SECONDS``)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": code_path()}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", *extra, "-f", str(site / "mkdocs.yml")]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=site, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {site} (exit {process.returncode})")
    CPU_SECONDS.setdefault(str(site), []).append(usage.ru_utime + usage.ru_stime)
    return elapsed, usage.ru_maxrss // 1024


def site_size(site_dir: Path) -> tuple[int, int, str]:
    """Total bytes, the largest HTML page's bytes and its path."""
    total, largest, largest_path = 0, 0, ""
    for path in site_dir.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            if path.suffix == ".html" and size > largest:
                largest, largest_path = size, str(path.relative_to(site_dir))
    return total, largest, largest_path


def touch_one_article(site: Path) -> None:
    """Edit one article the way an editor would (its summary)."""
    path = next((site / "docs" / "news").rglob("*.md"))
    article = load_article(path)
    article.summary += " Updated."
    write_atomic(path, article.to_markdown())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as temporary:
        root = Path(temporary)
        hooks_site = make_site(root / "hooks", arguments.articles)
        floor_site = make_site(root / "floor", arguments.articles)
        make_floor(floor_site)
        with_hooks, warm, floor, memory_hooks, memory_warm, memory_floor = [], [], [], [], [], []
        for _ in range(arguments.repeat):
            seconds, memory = timed_build(floor_site)
            floor.append(seconds)
            memory_floor.append(memory)
            shutil.rmtree(hooks_site / ".cache", ignore_errors=True)
            seconds, memory = timed_build(hooks_site)
            with_hooks.append(seconds)
            memory_hooks.append(memory)
            seconds, memory = timed_build(hooks_site)
            warm.append(seconds)
            memory_warm.append(memory)
        cache_file = hooks_site / ".cache" / "newsroom" / "build.sqlite3"
        cache_size = cache_file.stat().st_size if cache_file.is_file() else 0
        touch_one_article(hooks_site)
        dirty, _ = timed_build(hooks_site, "--dirty")
        total, largest, largest_path = site_size(hooks_site / "site")
        floor_total, _, _ = site_size(floor_site / "site")
        pages = sum(1 for _ in (hooks_site / "site").rglob("index.html"))
    full = statistics.median(with_hooks)
    base = statistics.median(floor)
    warm_full = statistics.median(warm)
    print(f"articles: {arguments.articles}, repetitions: {arguments.repeat}, HTML pages with hooks: {pages}")
    print(f"build, floor (no hooks):   median {base:.2f} s  {[round(s, 2) for s in floor]}")
    print(f"build, with index pages:   median {full:.2f} s  {[round(s, 2) for s in with_hooks]}  (cold)")
    print(f"build, warm (.cache kept): median {warm_full:.2f} s  {[round(s, 2) for s in warm]}")
    print(f"time ratio hooks/floor:    {full / base:.3f}  (target <= 1.5, issue 12)")
    print(f"time ratio warm/floor:     {warm_full / base:.3f}  (moonshot < 1.0); warm/cold {warm_full / full:.3f}")
    cpu_floor = statistics.median(CPU_SECONDS[str(floor_site)])
    cpu_hooks = CPU_SECONDS[str(hooks_site)]
    cpu_cold, cpu_warm = statistics.median(cpu_hooks[0:-1:2]), statistics.median(cpu_hooks[1:-1:2])
    print(
        f"CPU seconds:               floor {cpu_floor:.2f}, cold {cpu_cold:.2f} ({cpu_cold / cpu_floor:.3f}x),"
        f" warm {cpu_warm:.2f} ({cpu_warm / cpu_floor:.3f}x)"
    )
    print(
        f"peak memory:               {max(memory_hooks)} MiB cold, {max(memory_warm)} MiB warm vs"
        f" {max(memory_floor)} MiB floor, ratio {max(memory_hooks + memory_warm) / max(memory_floor):.3f}"
        "  (target <= 1.5)"
    )
    print(f"output size:               {total / 2**20:.1f} MiB vs {floor_total / 2**20:.1f} MiB floor")
    print(f"build cache file:          {cache_size / 2**20:.1f} MiB (.cache/newsroom/build.sqlite3)")
    print(f"largest HTML page:         {largest / 1024:.0f} kB ({largest_path})  (target <= 300 kB)")
    print(f"one-article dirty rebuild: {dirty:.2f} s, ratio to a full build {dirty / full:.3f}  (target <= 0.25)")


if __name__ == "__main__":
    main()
