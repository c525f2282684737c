"""The article model: front matter schema, validation, slugs, dates and paths.

This is the one contract that the importer, the MkDocs hooks and editors share.
Nothing here knows about MkDocs.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from slugify import slugify as _slugify

from newsroom.kinds import KINDS

LANGUAGES = ("en", "ru", "kk")
NEWS_DIR = "news"
NEWS_FOLDER = Path("docs", NEWS_DIR)
"""Where articles are written, from the site's folder (the working directory, as for ``mkdocs``)."""
ENTITY_FIELDS = tuple(kind.field for kind in KINDS)
OPTIONAL_TEXT_FIELDS = ("summary", "subtitle", "byline", "dateline")
KNOWN_FIELDS = frozenset(("title", "date", "lang", "draft", "source", "image", *ENTITY_FIELDS, *OPTIONAL_TEXT_FIELDS))
THEME_FIELDS = frozenset(("hide", "template", "search", "icon", "status", "description", "comments"))
"""Front matter Material for MkDocs reads itself; an editor may set it on an article."""
MAX_SLUG_LENGTH = 80
LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""What YAML or a browser may take for a new line: names, titles and labels are one line."""
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: 10x faster
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))]
)

# python-slugify (through text-unidecode) drops several Kazakh letters; spell them out.
KAZAKH_LETTERS = {
    "ә": "a", "ғ": "g", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "і": "i", "һ": "h",
}  # fmt: skip
SLUG_REPLACEMENTS = [[k, v] for k, v in KAZAKH_LETTERS.items()] + [[k.upper(), v] for k, v in KAZAKH_LETTERS.items()]


class ArticleError(ValueError):
    """An article that does not follow the model; the message names file and field."""


@dataclass(frozen=True)
class Source:
    """Where the story came from: a news agency, a partner, a press release."""

    name: str
    url: str | None = None


@dataclass(frozen=True)
class Image:
    """The article's lead picture; imported text often has only caption and credit."""

    src: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass
class Article:
    """One news article: its front matter fields and its Markdown body."""

    title: str
    date: dt.date
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    source: Source | None = None
    image: Image | None = None
    lang: str = "en"
    draft: bool = False
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    body: str = ""
    src_path: str = ""
    """Where the article lives, relative to the docs folder (``news/2023/x.md``)."""

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def url(self) -> str:
        """The article's site-relative URL, ``news/2023/x/``."""
        path = self.src_path or default_src_path(self)
        return path.removesuffix(".md") + "/"

    @property
    def image_path(self) -> str | None:
        """The picture's path in the site when it is a file of the site, else None."""
        src = self.image.src if self.image else None
        return site_file_path(src, self.src_path or default_src_path(self)) if src else None

    def front_matter(self) -> dict[str, Any]:
        """The front matter mapping, in the model's field order, empty fields left out."""
        meta: dict[str, Any] = {"title": self.title, "date": self.date}
        if self.subtitle:
            meta["subtitle"] = self.subtitle
        if self.summary:
            meta["summary"] = self.summary
        for name in ENTITY_FIELDS:
            if values := getattr(self, name):
                meta[name] = list(values)
        if self.source:
            meta["source"] = _compact({"name": self.source.name, "url": self.source.url})
        if self.image and (image := _compact(vars(self.image))):
            meta["image"] = image
        for name in ("byline", "dateline"):
            if value := getattr(self, name):
                meta[name] = value
        meta["lang"] = self.lang
        if self.draft:
            meta["draft"] = True
        return meta

    def to_markdown(self) -> str:
        """The whole Markdown file: YAML front matter, then the body."""
        header = yaml.dump(self.front_matter(), Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{header}---\n\n{self.body.strip()}\n"


def site_file_path(src: str, page_src_path: str) -> str | None:
    """Where ``src`` (a picture's address as written on the page at ``page_src_path``) is in the site.

    ``/assets/x.jpg`` is from the site's root; ``x.jpg`` from the page's folder, as MkDocs reads
    an image written in Markdown. An address on another host, or outside the site, gives None:
    a reader's browser never fetches anything from elsewhere (privacy).
    """
    src = re.sub(r"[\t\n\r]", "", src).strip().replace("\\", "/")
    if not src or src.startswith("//") or ":" in src.split("/")[0]:
        return None
    if src.startswith("/"):
        path = posixpath.normpath(src).lstrip("/")
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page_src_path), src))
    return None if path.startswith("..") or path in (".", "") else path


def slugify(text: str) -> str:
    """A readable ASCII slug for English, Russian or Kazakh text; never empty."""
    slug = _slugify(
        text,
        replacements=SLUG_REPLACEMENTS,
        max_length=MAX_SLUG_LENGTH,
        word_boundary=True,
    )
    if slug in WINDOWS_RESERVED:
        slug += "-news"  # a file named con.md cannot be checked out on Windows
    return slug or "untitled"


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Newest date first; same date by title, so the order is stable."""
    return sorted(articles, key=lambda a: (-a.date.toordinal(), a.title.casefold(), a.src_path))


def default_src_path(article: Article) -> str:
    """``news/<year>/<slug>.md``: the path a new article is given."""
    return f"{NEWS_DIR}/{article.date.year}/{article.slug}.md"


def parse_date(value: object) -> dt.date:
    """A ``YYYY-MM-DD`` date from YAML (already a date) or text; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a date (no such day)") from None
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def article_from_front_matter(meta: dict[str, Any], body: str, origin: str, src_path: str = "") -> Article:
    """Validate front matter; raise ArticleError naming ``origin`` and the field.

    ``origin`` is the file as an editor knows it (``docs/news/2023/x.md``);
    ``src_path`` is its path in the docs folder (``news/2023/x.md``).
    """

    def fail(name: str, problem: str) -> ArticleError:
        return ArticleError(f"{origin}: {name}: {problem}")

    if not isinstance(meta, dict):
        raise ArticleError(f"{origin}: front matter is not a mapping of fields")
    title = meta.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        raise fail("title", "missing (every article needs a title)")
    if not isinstance(title, str):
        raise fail("title", f"{title!r} is not text")
    if LINE_BREAK.search(title.strip()):
        raise fail("title", f"{title.strip()!r} has a line break (write it on one line)")
    if "date" not in meta or meta["date"] is None:
        raise fail("date", "missing (YYYY-MM-DD)")
    try:
        date = parse_date(meta["date"])
    except ValueError as error:
        raise fail("date", str(error)) from None

    def one_line(name: str, value: str) -> str:
        if LINE_BREAK.search(value):
            raise fail(name, f"{value!r} has a line break (write it on one line)")
        return value

    def text(name: str) -> str | None:
        value = meta.get(name)
        if value is None:
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise fail(name, f"{value!r} is not text")
        return str(value) if name == "summary" else one_line(name, str(value))

    def strings(name: str) -> list[str]:
        value = meta.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise fail(name, f"{value!r} is not a list (write one '- item' per line)")
        out = []
        for item in value:
            if not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
                raise fail(name, f"{item!r} is not a name")
            out.append(one_line(name, str(item).strip()))
        return out

    def mapping(name: str, keys: tuple[str, ...]) -> dict[str, str] | None:
        value = meta.get(name)
        if value is None:
            return None
        if isinstance(value, str) and name == "source":
            value = {"name": value}
        if not isinstance(value, dict):
            raise fail(name, f"{value!r} is not a mapping ({', '.join(keys)})")
        unknown = set(value) - set(keys)
        if unknown:
            raise fail(name, f"unknown key {sorted(map(str, unknown))[0]!r} (expected {', '.join(keys)})")
        out = {}
        for key, item in value.items():
            if item is not None and not isinstance(item, (str, int, float)):
                raise fail(f"{name}.{key}", f"{item!r} is not text")
            if item is not None:
                out[key] = one_line(f"{name}.{key}", str(item))
        return out

    unknown = sorted(str(key) for key in meta if key not in KNOWN_FIELDS | THEME_FIELDS)
    if unknown:
        known = ", ".join(sorted(KNOWN_FIELDS))
        raise fail(unknown[0], f"unknown field (a typo? the article fields are {known})")
    lang = meta.get("lang", "en")
    if lang not in LANGUAGES:
        raise fail("lang", f"{lang!r} is not one of {', '.join(LANGUAGES)}")
    draft = meta.get("draft", False)
    if not isinstance(draft, bool):
        raise fail("draft", f"{draft!r} is not true or false")
    source = mapping("source", ("name", "url"))
    if source is not None and not source.get("name"):
        raise fail("source", "name is missing")
    image = mapping("image", ("src", "caption", "credit"))
    return Article(
        title=title.strip(),
        date=date,
        summary=text("summary") or "",
        tags=strings("tags"),
        people=strings("people"),
        organizations=strings("organizations"),
        places=strings("places"),
        source=Source(**source) if source else None,
        image=Image(**image) if image else None,
        lang=lang,
        draft=draft,
        subtitle=text("subtitle"),
        byline=text("byline"),
        dateline=text("dateline"),
        body=body,
        src_path=src_path,
    )


def parse_article(text: str, origin: str, src_path: str = "") -> Article:
    """Parse a whole Markdown file (front matter and body) into an Article."""
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2} of the file)" if mark else ""
        problem = getattr(error, "problem", None) or "cannot be read"
        raise ArticleError(f"{origin}: front matter is not valid YAML{where}: {problem}") from None
    except ValueError as error:  # PyYAML reads 2023-02-30 as a date and fails
        raise ArticleError(f"{origin}: front matter has an impossible value: {error}") from None
    if not text.lstrip("\ufeff").startswith("---"):
        raise ArticleError(f"{origin}: no front matter (the file must start with '---')")
    return article_from_front_matter(post.metadata, post.content, origin, src_path)


def load_article(path: Path, origin: str | None = None, src_path: str = "") -> Article:
    """Read and validate one article file; ``origin`` is the name used in messages."""
    origin = origin or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(f"{origin}: not UTF-8 text") from None
    except OSError as error:
        raise ArticleError(f"{origin}: cannot be read ({error.strerror})") from None
    return parse_article(text, origin, src_path)


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value}
