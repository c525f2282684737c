"""The catalog: every article of the site, read once per build through the model."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from newsroom.article import NEWS_DIR, Article, ArticleError, load_article, newest_first, read_front_matter
from newsroom.kinds import KIND_BY_FIELD
from newsroom.site.authors import is_author_path
from newsroom.site.clock import Clock
from newsroom.site.indexes import Profile


def is_article_path(src_path: str) -> bool:
    """Articles are the Markdown files under ``news/`` (an ``index.md`` there is a page)."""
    return is_news_path(src_path) and src_path.endswith(".md") and src_path.rsplit("/", 1)[-1] != "index.md"


def is_news_path(src_path: str) -> bool:
    """Anything under ``news/``: articles and pages alike, which many hands edit (their HTML is sanitised)."""
    return src_path.startswith(f"{NEWS_DIR}/")


def is_profile_path(src_path: str) -> bool:
    """Editors' pages about a term: ``people/<slug>.md``, ``tags/<slug>.md``, ..."""
    folder, _, name = src_path.partition("/")
    return folder in KIND_BY_FIELD and name.endswith(".md") and "/" not in name and name != "index.md"


@dataclass
class Catalog:
    """The valid articles (newest first) and profiles, and the problems of the invalid files."""

    articles: list[Article] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)
    problems_by_path: dict[str, list[str]] = field(default_factory=dict)
    """By docs path (``news/2023/x.md``): the messages about that file, one per problem, each
    naming file and field (``docs/news/2023/x.md: date: 'soon' is not a date (YYYY-MM-DD)``)."""
    names_in_invalid: list[dict[str, list[str]]] = field(default_factory=list)
    """For each article that failed validation, the names it could still be read for, by kind
    field; a kind left out could not be read (``build_index(..., invalid=...)``)."""
    authors: list[Profile] = field(default_factory=list)
    """Staff authors' profiles (``authors/<slug>.md``): ``newsroom.site.authors``."""
    clock: Clock | None = None
    """What time it is for this build: articles dated after it are scheduled, not published.
    None: every article that is not a draft is published."""

    @property
    def problems(self) -> list[str]:
        """Every message, file by file."""
        return [message for messages in self.problems_by_path.values() for message in messages]

    @cached_property
    def published(self) -> list[Article]:
        """Articles that are neither drafts nor scheduled (dated in the future), newest first."""
        clock = self.clock
        return [a for a in self.articles if not a.draft and (clock is None or clock.is_published(a))]

    @cached_property
    def scheduled(self) -> list[Article]:
        """Articles under embargo: not drafts, dated after the clock's now (newest first)."""
        clock = self.clock
        return [a for a in self.articles if clock is not None and clock.is_scheduled(a)]

    @cached_property
    def profile_by_path(self) -> dict[str, Profile]:
        """Profiles by their path in the docs folder (``people/x.md``)."""
        return {profile.src_path: profile for profile in (*self.profiles, *self.authors)}

    @cached_property
    def by_path(self) -> dict[str, Article]:
        """Articles by their path in the docs folder (``news/2023/x.md``)."""
        return {article.src_path: article for article in self.articles}


def load_profile(path: Path, origin: str, src_path: str) -> Profile:
    """An editor's profile page: ``name`` (or ``title``), optional ``aliases``, ``role``, ``photo``.

    Raise one ArticleError naming ``origin`` and every problem of the page, field by field.
    """
    try:
        meta, _ = read_front_matter(path.read_text(encoding="utf-8-sig"), origin)
    except UnicodeDecodeError:
        raise ArticleError(origin, ["not UTF-8 text"]) from None
    except OSError as error:
        raise ArticleError(origin, [f"cannot be read ({error.strerror})"]) from None
    meta = {} if meta is None else meta
    if not isinstance(meta, dict):
        raise ArticleError(origin, ["front matter is not a mapping of fields (write one 'field: value' per line)"])
    problems = []
    name = meta.get("name") or meta.get("title")
    if name is None or (isinstance(name, str) and not name.strip()):
        problems.append("name: missing (the name as articles write it)")
    elif not isinstance(name, str):
        problems.append(f"name: {name!r} is not text")
    aliases = meta.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        problems.append(f"aliases: {aliases!r} is not a list of names")
    role, photo = meta.get("role"), meta.get("photo")
    for key, value in (("role", role), ("photo", photo)):
        if value is not None and not isinstance(value, str):
            problems.append(f"{key}: {value!r} is not text")
    if problems:
        raise ArticleError(origin, problems)
    return Profile(src_path, str(name).strip(), tuple(a.strip() for a in aliases if a.strip()), role, photo, origin)


ArticleReader = Callable[[Path, str, str], Article]
"""``read(path, origin, src_path)``: an article file read through the model (``load_article``'s signature)."""


def load_catalog(
    docs_dir: Path,
    src_paths: Iterable[str],
    label: str | None = None,
    clock: Clock | None = None,
    read_article: ArticleReader = load_article,
) -> Catalog:
    """Read the articles and profiles among ``src_paths`` (docs-relative); ``label`` prefixes messages.

    ``clock`` says which articles are out (the real time in the default zone when not given);
    ``read_article`` reads one article (the content check's remembers unchanged files).
    """
    label = label if label is not None else docs_dir.name
    catalog = Catalog(clock=clock or Clock.for_site())
    for src_path in src_paths:
        origin = f"{label}/{src_path}" if label else src_path
        try:
            if is_article_path(src_path):
                article = read_article(docs_dir / src_path, origin, src_path)
                article.body = ""  # the index needs front matter only; MkDocs renders the body
                if article.moment is not None and article.moment.tzinfo is None:
                    article.moment = catalog.clock.release(article)  # a time without a zone is the site's
                catalog.articles.append(article)
            elif is_profile_path(src_path):
                catalog.profiles.append(load_profile(docs_dir / src_path, origin, src_path))
            elif is_author_path(src_path):
                catalog.authors.append(load_profile(docs_dir / src_path, origin, src_path))
        except ArticleError as error:
            catalog.problems_by_path.setdefault(src_path, []).extend(error.messages)
            if is_article_path(src_path):
                catalog.names_in_invalid.append(error.names)
    catalog.articles = newest_first(catalog.articles)
    return catalog


def url_of(src_path: str) -> str:
    """The directory URL of a docs path (``tags/youth.md`` and ``tags/youth/index.md``: ``tags/youth/``)."""
    path = src_path.removesuffix(".md")
    return "" if path == "index" else (path.removesuffix("index").rstrip("/") + "/")


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
