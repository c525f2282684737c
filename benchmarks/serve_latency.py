"""Preview latency: how long after an editor saves an article does ``mkdocs serve`` show it?

    python benchmarks/serve_latency.py --articles 2000 --edits 5
    python benchmarks/serve_latency.py --articles 2000 --edits 5 --clean   # every save rebuilds everything
    python benchmarks/serve_latency.py --articles 2000 --edits 5 --languages   # this site's en, ru, kk sections

Generates N articles (benchmarks/corpus.py) into a temporary copy of the site, starts a real
``mkdocs serve`` on it (what ``./dev serve`` runs), and measures:

- first serve: from starting the server until the home page answers;
- edit to preview: from saving an edit to one article's body and title until its page serves the
  new body text (median of ``--edits`` edits, each to another article);
- stale lists: after that same reload, whether the home page and the article's tag page show the
  new title (a fast preview that leaves lists stale is not a right one);
- new article: from writing a new article file until the home page lists it;
- deleted article: from deleting the newest article until the home page no longer links it
  (and its page is gone).

Figures are seconds measured in one run: this machine is noisy, compare within a run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import make_site
from benchmarks.corpus_languages import add_languages, generate_languages
from newsroom.article import load_article, slugify
from newsroom.files import write_atomic
from tests.helpers.sandbox import copy_site

ROOT = Path(__file__).resolve().parent.parent
POLL_SECONDS = 0.05
TIMEOUT_SECONDS = 300.0


def server_environment() -> dict[str, str]:
    """The server's environment, with this tree's package first: the server runs in the site's folder,
    where a relative ``PYTHONPATH`` (``.``) names no package and another installed copy would load."""
    paths = [str(ROOT), *(str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": os.pathsep.join(paths)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while the server does not answer it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, since: float) -> float:
    """Seconds from ``since`` until the page at ``url`` contains ``text``."""
    while time.perf_counter() - since < TIMEOUT_SECONDS:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - since
        time.sleep(POLL_SECONDS)
    raise SystemExit(f"timed out waiting for {text!r} at {url}")


def edit_article(path: Path, token: str) -> str:
    """Give the article a new title and a new last paragraph carrying ``token``; return the title."""
    article = load_article(path)
    article.title = f"{article.title} {token}"
    article.body = f"{article.body}\n\nEdited paragraph {token}."
    write_atomic(path, article.to_markdown())
    return article.title


def page_url(base: str, docs: Path, path: Path) -> str:
    """The address MkDocs serves ``docs/<folder>/<slug>.md`` at (directory URLs)."""
    return base + path.relative_to(docs).with_suffix("").as_posix() + "/"


def newest_articles(docs: Path, count: int) -> list[Path]:
    """The newest articles: the home page and the first page of their tags list them."""
    paths = [path for path in (docs / "news").rglob("*.md") if path.name != "index.md"]
    return sorted(paths, key=lambda path: load_article(path).date, reverse=True)[:count]


def wait_until(condition, since: float) -> float:
    """Seconds from ``since`` until ``condition()`` holds."""
    while time.perf_counter() - since < TIMEOUT_SECONDS:
        if condition():
            return time.perf_counter() - since
        time.sleep(POLL_SECONDS)
    raise SystemExit("timed out waiting for a change")


def add_article(like: Path, token: str) -> Path:
    """A new article, the newest of the site, beside ``like``; return its path."""
    article = load_article(like)
    article.title = f"New story {token}"
    article.date = article.date + dt.timedelta(days=1)
    path = like.parent / f"new-story-{token}.md"
    write_atomic(path, article.to_markdown())
    return path


def section_url(base: str, path: Path) -> str:
    """The home page of the article's language section (``/`` for English, ``/ru/``...)."""
    lang = load_article(path).lang or "en"
    return base if lang == "en" else f"{base}{lang}/"


def tag_url(base: str, path: Path) -> str:
    return f"{section_url(base, path)}tags/{slugify(load_article(path).tags[0])}/"


def make_trilingual_site(target: Path, count: int) -> Path:
    """The site as it is (en, ru, kk) with ``count`` articles: half English, 35 % Russian, the rest Kazakh."""
    site = copy_site(target)
    english, russian = count // 2, count * 7 // 20
    generate_languages(site / "docs" / "news", {"en": english, "ru": russian, "kk": count - english - russian})
    add_languages(site / "mkdocs.yml", ["en", "ru", "kk"])
    return site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--dirty", action="store_true", help="serve with --dirty")
    parser.add_argument("--clean", action="store_true", help="serve with --clean (every save rebuilds every page)")
    parser.add_argument("--languages", action="store_true", help="a trilingual site (en, ru, kk sections, Pagefind)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-serve-") as temporary:
        make = make_trilingual_site if arguments.languages else make_site
        site = make(Path(temporary) / "site", arguments.articles)
        docs = site / "docs"
        articles = newest_articles(docs, arguments.edits)
        port = free_port()
        base = f"http://127.0.0.1:{port}/newsroom/"
        command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(site / "mkdocs.yml")]
        command += ["--dirty"] if arguments.dirty else ["--clean"] if arguments.clean else []
        env = server_environment()
        start = time.perf_counter()
        server = subprocess.Popen(command, cwd=site, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            first = wait_for(base, "</html>", start)
            latencies, stale = [], []
            for number in range(arguments.edits):
                path = articles[number]
                url = page_url(base, docs, path)
                token = f"zqx{number}edit"
                time.sleep(1.0)  # let the watcher settle between edits
                since = time.perf_counter()
                title = edit_article(path, token)
                latencies.append(wait_for(url, f"Edited paragraph {token}", since))
                home, tags = fetch(section_url(base, path)) or "", fetch(tag_url(base, path)) or ""
                stale.append(not (title in home or token in home) or token not in tags)
            time.sleep(1.0)
            since = time.perf_counter()
            added = add_article(articles[0], "zqxnew")
            home = section_url(base, added)
            new_seconds = wait_until(lambda: "New story zqxnew" in (fetch(home) or ""), since)
            time.sleep(1.0)
            gone_url, slug = page_url(base, docs, added), added.stem
            since = time.perf_counter()
            added.unlink()
            gone_seconds = wait_until(lambda: slug not in (fetch(home) or "") and fetch(gone_url) is None, since)
        finally:
            server.terminate()
            server.wait(timeout=10)
    mode = "mkdocs serve" + (" --dirty" if arguments.dirty else " --clean" if arguments.clean else "")
    mode += ", trilingual site" if arguments.languages else ""
    print(f"{mode}, articles: {arguments.articles}, edits: {arguments.edits}")
    print(f"first serve:      {first:.2f} s")
    print(f"edit to preview:  median {statistics.median(latencies):.2f} s  {[round(s, 2) for s in latencies]}")
    print(f"stale lists:      {sum(stale)} of {len(stale)} edits (home page or tag page without the new title)")
    print(f"new article:      {new_seconds:.2f} s until the home page lists it")
    print(f"deleted article:  {gone_seconds:.2f} s until the home page and its address drop it")


if __name__ == "__main__":
    main()
