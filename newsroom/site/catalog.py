"""The catalog: every article of the site, read once per build through the model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import frontmatter
import yaml

from newsroom.article import NEWS_DIR, Article, ArticleError, load_article, newest_first
from newsroom.kinds import KIND_BY_FIELD
from newsroom.site.indexes import Profile


def is_article_path(src_path: str) -> bool:
    """Articles are the Markdown files under ``news/`` (an ``index.md`` there is a page)."""
    return src_path.startswith(f"{NEWS_DIR}/") and src_path.endswith(".md") and not src_path.endswith("index.md")


def is_profile_path(src_path: str) -> bool:
    """Editors' pages about a term: ``people/<slug>.md``, ``tags/<slug>.md``, ..."""
    folder, _, name = src_path.partition("/")
    return folder in KIND_BY_FIELD and name.endswith(".md") and "/" not in name and name != "index.md"


@dataclass
class Catalog:
    """The valid articles (newest first) and profiles, and one message per invalid file."""

    articles: list[Article] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    problems_by_path: dict[str, list[str]] = field(default_factory=dict)
    """By docs path (``news/2023/x.md``): the messages about that file, each naming file and field."""

    @property
    def problems(self) -> list[str]:
        """Every message, file by file."""
        return [message for messages in self.problems_by_path.values() for message in messages]

    @cached_property
    def published(self) -> list[Article]:
        """Articles that are not drafts, newest first."""
        return [article for article in self.articles if not article.draft]

    @cached_property
    def profile_by_path(self) -> dict[str, Profile]:
        """Profiles by their path in the docs folder (``people/x.md``)."""
        return {profile.src_path: profile for profile in self.profiles}

    @cached_property
    def by_path(self) -> dict[str, Article]:
        """Articles by their path in the docs folder (``news/2023/x.md``)."""
        return {article.src_path: article for article in self.articles}


def load_profile(path: Path, origin: str, src_path: str) -> Profile:
    """An editor's profile page: ``name`` (or ``title``), optional ``aliases``, ``role``, ``photo``."""
    try:
        meta = frontmatter.loads(path.read_text(encoding="utf-8-sig")).metadata
    except (OSError, UnicodeDecodeError) as error:
        raise ArticleError(f"{origin}: cannot be read ({error})") from None
    except (yaml.YAMLError, ValueError):
        raise ArticleError(f"{origin}: front matter is not valid YAML") from None
    name = meta.get("name") or meta.get("title")
    if not isinstance(name, str) or not name.strip():
        raise ArticleError(f"{origin}: name: missing (the name as articles write it)")
    aliases = meta.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ArticleError(f"{origin}: aliases: {aliases!r} is not a list of names")
    role, photo = meta.get("role"), meta.get("photo")
    for key, value in (("role", role), ("photo", photo)):
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{origin}: {key}: {value!r} is not text")
    return Profile(src_path, name.strip(), tuple(a.strip() for a in aliases if a.strip()), role, photo, origin)


def load_catalog(docs_dir: Path, src_paths: Iterable[str], label: str | None = None) -> Catalog:
    """Read the articles and profiles among ``src_paths`` (docs-relative); ``label`` prefixes messages."""
    label = label if label is not None else docs_dir.name
    catalog = Catalog()
    for src_path in src_paths:
        origin = f"{label}/{src_path}" if label else src_path
        try:
            if is_article_path(src_path):
                article = load_article(docs_dir / src_path, origin, src_path)
                article.body = ""  # the index needs front matter only; MkDocs renders the body
                catalog.articles.append(article)
            elif is_profile_path(src_path):
                catalog.profiles.append(load_profile(docs_dir / src_path, origin, src_path))
        except ArticleError as error:
            catalog.problems_by_path.setdefault(src_path, []).append(str(error))
    catalog.articles = newest_first(catalog.articles)
    return catalog


def address_clashes(pages: Iterable[tuple[str, str]], label: str) -> list[str]:
    """One message per page whose URL another page has already (``(src_path, url)`` pairs).

    ``news/2023/x.md`` and ``news/2023/x/index.md`` both become ``news/2023/x/``: one would
    silently replace the other.
    """
    owner: dict[str, str] = {}
    problems = []
    for src_path, url in sorted(pages):
        if url in owner:
            problems.append(
                f"{label}/{src_path}: its address {url or '/'} is also {label}/{owner[url]}'s; rename one of them"
            )
        else:
            owner[url] = src_path
    return problems

