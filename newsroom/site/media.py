"""The site's own files an article's text points at (pictures, charts, documents, sound, video).

A build leaves out the files that only drafts and embargoed articles name: MkDocs would copy
them as static files, and their names often carry the article's slug. (A lead picture,
``image.src``, is ``newsroom.site.pictures``' concern; this covers the text.)
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newsroom.article import Article

MARKDOWN_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)")
"""The target of a Markdown link or image: ``[text](target "title")``, ``![alt](<target>)``."""
HTML_TARGET = re.compile(r"""\b(?:src|href|poster|data)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
HTML_SRCSET = re.compile(r"""\bsrcset\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
"""A Markdown reference definition: ``[chart]: files/chart.png``."""


def targets(text: str) -> list[str]:
    """Every address a Markdown (or HTML) text points at, as written."""
    found = MARKDOWN_TARGET.findall(text) + HTML_TARGET.findall(text) + REFERENCE.findall(text)
    for srcset in HTML_SRCSET.findall(text):
        found += [candidate.split()[0] for candidate in srcset.split(",") if candidate.strip()]
    return found


def local_file(target: str, article_path: str) -> str | None:
    """The docs path of a target in the site's own files (not a page), or None: another host, a
    fragment, a Markdown page, or a path out of the docs folder."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(article_path), path)
    normal = posixpath.normpath(joined)
    if normal.startswith("..") or normal in (".", "") or normal.endswith((".md", "/")):
        return None
    return normal


TextOf = Callable[[Article], str]
"""``text_of(article)``: the article's Markdown text (a build keeps no bodies: read from its file)."""


def texts_in(docs_dir: Path) -> TextOf:
    """Articles' texts read from their files in ``docs_dir`` (an unreadable file has none)."""

    def text_of(article: Article) -> str:
        try:
            return (docs_dir / article.src_path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    return text_of


def media_of(article: Article, text: str | None = None) -> set[str]:
    """The docs paths of the site's own files the article's text (its body by default) points at."""
    found = (local_file(target, article.src_path) for target in targets(article.body if text is None else text))
    return {path for path in found if path}


def unpublished_media(articles: Iterable[Article], published: Iterable[Article], text_of: TextOf) -> set[str]:
    """The files that articles left out of the site (drafts, embargoed, broken) point at in their
    text, and no published article does. Published articles are read only when there are such
    files, and then only those whose text names one of them."""
    shown = {article.src_path for article in published}
    articles = list(articles)
    hidden: set[str] = set()
    for article in articles:
        if article.src_path not in shown:
            hidden |= media_of(article, text_of(article))
    names = {posixpath.basename(path) for path in hidden}
    for article in articles if hidden else ():
        if article.src_path in shown and any(name in (text := text_of(article)) for name in names):
            hidden -= media_of(article, text)
    return hidden
