"""A small docs folder written in a test's temporary folder, and a build started from it
(``newsroom.site.build_state.start_build``), for the site modules' tests without MkDocs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from newsroom.registry import load_registry
from newsroom.site.build_state import Build, BuildSite, start_build
from newsroom.site.catalog import url_of
from newsroom.site.clock import Clock
from newsroom.site.incremental import ArticleReader, Digests

NOW = dt.datetime(2024, 6, 1, 12, tzinfo=dt.UTC)
CLOCK = Clock(NOW, ZoneInfo("UTC"))
ARTICLE = "---\ntitle: {title}\ndate: {date}\ntags: [{tag}]\n{extra}---\n\nText of {title}.\n"
ARTICLES = {
    "news/2024/a-youth-forum-in-almaty.md": ARTICLE.format(
        title="A youth forum in Almaty", date="2024-05-02", tag="youth", extra="summary: Young <people> meet.\n"
    ),
    "news/2024/a-heritage-walk-in-turkistan.md": ARTICLE.format(
        title="A heritage walk in Turkistan", date="2024-05-01", tag="heritage", extra=""
    ),
    "news/2024/a-draft-about-the-steppe.md": ARTICLE.format(
        title="A draft about the steppe", date="2024-04-30", tag="youth", extra="draft: true\n"
    ),
    "news/2024/a-broken-one.md": "---\ntitle: [unclosed\n---\n\nText.\n",
}
HOME = "# Welcome\n\n<!-- latest-articles -->\n"


def write_docs(root: Path, articles: dict[str, str] | None = None) -> Path:
    """``root/docs`` with a home page and the articles (by docs path); an empty registry beside it."""
    docs = root / "docs"
    for src_path, text in {"index.md": HOME, **(ARTICLES if articles is None else articles)}.items():
        (docs / src_path).parent.mkdir(parents=True, exist_ok=True)
        (docs / src_path).write_text(text, encoding="utf-8")
    (root / "registry").mkdir(exist_ok=True)
    return docs


def pages_of(docs: Path) -> list[tuple[str, str]]:
    """The documentation pages as MkDocs lists them: ``(src_path, url)``."""
    found = sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*.md"))
    return [(src_path, url_of(src_path)) for src_path in found]


def build_site(root: Path, reader: ArticleReader | None = None, **options: object) -> Build:
    """A build started from ``root/docs`` (``write_docs``), as the hooks start it."""
    docs = root / "docs"
    site = BuildSite(docs, pages_of(docs), root / "registry", None, "en", [], CLOCK)
    read = reader if reader is not None else ArticleReader(Digests())
    read.start()
    return start_build(site, read, load_registry, **options)  # type: ignore[arg-type]
