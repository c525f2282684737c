"""Build speed with photos, and the picture bytes a phone downloads for the home page.

    python benchmarks/photo_speed.py --articles 500 --repeat 2

Generates N articles (benchmarks/corpus.py) into two copies of the site: one where every
article has a generated 2400 x 1600 photo beside it (as the importer stores them), one with
the same articles and no photos. Times a cold build of the photo site (empty picture cache:
every derivative made, on every core), then warm builds of both, in turns (``--repeat``);
reports medians of wall and CPU time and the ratio warm/plain (goal <= 1.1). Then serves the photo site and opens
its home page in Chromium as a phone (375 px wide, at 2x and 3x pixel density), and sums the
bytes of the pictures it downloads (goal <= 300 kB).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import make_site
from newsroom.article import load_article
from newsroom.files import write_atomic
from tests.helpers import mkdocs_build
from tests.helpers.pictures import with_site_url
from tests.helpers.sandbox import CHROMIUM, CHROMIUM_ARGS, serve

PHOTO_SIZE = (2400, 1600)
BASES = 12


def base_photos(seed: int = 1) -> list[Image.Image]:
    """A few photo-like pictures: a sky gradient, hills, blobs of colour, grain."""
    rng = random.Random(seed)
    photos = []
    for _ in range(BASES):
        width, height = PHOTO_SIZE
        sky = Image.linear_gradient("L").resize((width, height)).convert("RGB")
        tint = Image.new("RGB", (width, height), tuple(rng.randrange(60, 200) for _ in range(3)))
        photo = Image.blend(sky, tint, 0.6)
        draw = ImageDraw.Draw(photo)
        for _ in range(40):
            x, y, r = rng.randrange(width), rng.randrange(height // 3, height), rng.randrange(30, 300)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
        photo = photo.filter(ImageFilter.GaussianBlur(3))
        grain = Image.effect_noise((width, height), 24).convert("RGB")
        photos.append(Image.blend(photo, grain, 0.12))
    return photos


def add_photos(site: Path) -> int:
    """A distinct photo beside every generated article, named in its front matter; the count."""
    bases = base_photos()
    articles = sorted((site / "docs" / "news").rglob("*.md"))
    for number, path in enumerate(articles):
        article = load_article(path)
        if article.image is None:
            continue
        photo = bases[number % BASES].copy()
        ImageDraw.Draw(photo).rectangle((number % 97 * 20, 40, number % 97 * 20 + 60, 100), fill=(250, 250, 250))
        name = f"{path.stem}-photo.jpg"
        photo.save(path.parent / name, "JPEG", quality=85)
        alt = f"{article.people[0] if article.people else 'People'} at the event"
        article.image = dataclasses.replace(article.image, src=name, alt=alt)
        write_atomic(path, article.to_markdown())
    return len(articles)


def timed_build(site: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, every process of the build) and peak MiB of one build.

    On a shared machine the CPU time is the steadier figure: it does not count waiting for a core.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(site / "mkdocs.yml")]
    before = os.times()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=site, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"mkdocs build failed in {site}")
    after = os.times()  # the build's worker processes are its children: counted once it has waited for them
    children = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return elapsed, max(children, usage.ru_utime + usage.ru_stime), usage.ru_maxrss // 1024


def rounded(runs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(round(wall, 1), round(cpu, 1)) for wall, cpu in runs]


def phone_bytes(site_dir: Path, project: Path, scale: int) -> tuple[int, int]:
    """Bytes and count of the pictures the home page makes a 375-px phone download (lazy ones unseen)."""
    from playwright.sync_api import sync_playwright

    with serve(site_dir) as url:
        with_site_url(project, url)
        built = mkdocs_build(project, site_dir)
        if built.returncode != 0:
            raise SystemExit(built.stderr)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=scale)
            page = context.new_page()
            sizes: list[int] = []
            page.on("response", lambda r: r.request.resource_type == "image" and sizes.append(len(r.body())))
            page.goto(url, wait_until="networkidle")
            browser.close()
    return sum(sizes), len(sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-photos-") as temporary:
        root = Path(temporary)
        plain = make_site(root / "plain", arguments.articles)
        photos = make_site(root / "photos", arguments.articles)
        started = time.perf_counter()
        count = add_photos(photos)
        print(f"articles: {arguments.articles}, photos: {count} generated in {time.perf_counter() - started:.0f} s")
        shutil.rmtree(photos / ".cache", ignore_errors=True)
        cold, cold_cpu, cold_memory = timed_build(photos)
        warm, base = [], []
        for _ in range(arguments.repeat):
            base.append(timed_build(plain)[:2])
            warm.append(timed_build(photos)[:2])
        floor, hot = (statistics.median(s for s, _ in runs) for runs in (base, warm))
        floor_cpu, hot_cpu = (statistics.median(c for _, c in runs) for runs in (base, warm))
        derivatives = sum(1 for _ in (photos / "site" / "assets" / "pictures").iterdir())
        print(f"build without photos:   median {floor:.2f} s wall, {floor_cpu:.2f} s CPU  {rounded(base)}")
        print(f"cold build with photos: {cold:.2f} s wall, {cold_cpu:.2f} s CPU", end=" ")
        print(f"({derivatives} derivatives; peak {cold_memory} MiB)")
        print(f"warm build with photos: median {hot:.2f} s wall, {hot_cpu:.2f} s CPU  {rounded(warm)}")
        print(f"ratio warm/plain:       {hot / floor:.3f} wall, {hot_cpu / floor_cpu:.3f} CPU (goal <= 1.10)")
        print(f"ratio cold/plain:       {cold / floor:.2f} wall, {cold_cpu / floor_cpu:.2f} CPU")
        for scale in (2, 3):
            total, pictures = phone_bytes(root / "served", photos, scale)
            print(f"phone 375 px at {scale}x, home page: {total / 1000:.0f} kB in {pictures} pictures (goal <= 300 kB)")


if __name__ == "__main__":
    main()
