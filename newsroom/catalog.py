"""The catalog: every article of the site, read once per build through the model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from newsroom.article import NEWS_DIR, Article, ArticleError, load_article


def is_article_path(src_path: str) -> bool:
    """Articles are the Markdown files under ``news/`` (an ``index.md`` there is a page)."""
    return src_path.startswith(f"{NEWS_DIR}/") and src_path.endswith(".md") and not src_path.endswith("index.md")


@dataclass
class Catalog:
    """The valid articles, newest first, and one message per invalid one."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def published(self) -> list[Article]:
        """Articles that are not drafts, newest first."""
        return [article for article in self.articles if not article.draft]

    @cached_property
    def by_path(self) -> dict[str, Article]:
        """Articles by their path in the docs folder (``news/2023/x.md``)."""
        return {article.src_path: article for article in self.articles}


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Newest date first; same date by title, so the order is stable."""
    return sorted(articles, key=lambda a: (-a.date.toordinal(), a.title.casefold(), a.src_path))


def load_catalog(docs_dir: Path, src_paths: Iterable[str], label: str | None = None) -> Catalog:
    """Read the articles among ``src_paths`` (docs-relative); ``label`` prefixes messages."""
    label = label if label is not None else docs_dir.name
    catalog = Catalog()
    for src_path in src_paths:
        if not is_article_path(src_path):
            continue
        origin = f"{label}/{src_path}" if label else src_path
        try:
            catalog.articles.append(load_article(docs_dir / src_path, origin, src_path))
        except ArticleError as error:
            catalog.problems.append(str(error))
    catalog.articles = newest_first(catalog.articles)
    return catalog
