"""The article model: front matter schema, validation, slugs, dates and paths.

This is the one contract that the importer, the MkDocs hooks and editors share.
Nothing here knows about MkDocs.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
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
DATED_FIELDS = ("updated", "corrections")
KNOWN_FIELDS = frozenset(("title", "date", "lang", "draft", "source", "image", *ENTITY_FIELDS, *OPTIONAL_TEXT_FIELDS))
KNOWN_FIELDS |= frozenset((*DATED_FIELDS, "translation_key"))
THEME_FIELDS = frozenset(("hide", "template", "search", "icon", "status", "description", "comments"))
"""Front matter Material for MkDocs reads itself; an editor may set it on an article."""
ALLOWED_FIELDS = KNOWN_FIELDS | THEME_FIELDS
KNOWN_FIELD_LIST = ", ".join(sorted(KNOWN_FIELDS))
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
    """A file that does not follow the model: every problem found in it, each naming its field.

    ``str(error)`` is one line, ``docs/news/2023/x.md: date: ...; tagz: ...``; ``messages`` has
    one message per problem, each naming the file. ``names`` holds, by kind field (``people``),
    the names the file could still be read for; a kind left out could not be read.
    """

    def __init__(self, origin: str, problems: Sequence[str], names: Mapping[str, list[str]] | None = None) -> None:
        self.origin = origin
        self.problems = list(problems)
        self.names = dict(names or {})
        super().__init__(f"{origin}: {'; '.join(self.problems)}")

    def __reduce__(self) -> tuple[type[ArticleError], tuple[str, list[str], dict[str, list[str]]]]:
        return type(self), (self.origin, self.problems, self.names)  # crosses process boundaries whole

    @property
    def messages(self) -> list[str]:
        """One message per problem: ``docs/news/2023/x.md: date: 'soon' is not a date (YYYY-MM-DD)``."""
        return [f"{self.origin}: {problem}" for problem in self.problems]


@dataclass(frozen=True)
class Source:
    """Where the story came from: a news agency, a partner, a press release."""

    name: str
    url: str | None = None


@dataclass(frozen=True)
class Image:
    """The article's lead picture; imported text often has only caption and credit.

    ``alt`` describes the picture for readers who cannot see it (a published picture needs it).
    """

    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class Correction:
    """A correction made to a published article: when, and what was wrong (plain text)."""

    date: dt.date
    text: str


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
    moment: dt.datetime | None = None
    """The publication time when ``date`` gives one (``2026-12-01T09:00:00+05:00``); without a zone
    it is in the site's (``newsroom.site.clock``). ``date`` is then its day."""
    updated: dt.date | None = None
    """When the article was last updated (a date, or a datetime), or None."""
    corrections: list[Correction] = field(default_factory=list)
    translation_key: str | None = None
    """Shared by the versions of one story in other languages (``newsroom.site.translations``)."""
    lang_assumed: bool = False
    """The front matter had no ``lang``: ``lang`` is the default, which a multilingual site warns about."""

    @property
    def modified(self) -> dt.date | None:
        """The latest of ``updated`` and the corrections' dates (a date or a datetime), or None."""
        dates = [self.updated, *(correction.date for correction in self.corrections)]
        return max((d for d in dates if d is not None), key=day_and_time, default=None)

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
        meta: dict[str, Any] = {"title": self.title, "date": self.moment or self.date}
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
        if self.translation_key:
            meta["translation_key"] = self.translation_key
        if self.updated:
            meta["updated"] = self.updated
        if self.corrections:
            meta["corrections"] = [{"date": c.date, "text": c.text} for c in self.corrections]
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


@functools.lru_cache(maxsize=65536)  # the index asks for each name's slug more than once
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
    text = value.strip() if isinstance(value, str) else ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            year, month = int(text[:4]), int(text[5:7])
            missing = "year" if year < dt.MINYEAR else "month" if not 1 <= month <= 12 else "day"
            raise ValueError(f"{value!r} is not a date (no such {missing})") from None
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")
"""The start of a date with a time (``2026-12-01T09:00``, ``2026-12-01 09:00:00+05:00``)."""


def parse_moment(value: object) -> tuple[dt.date, dt.datetime | None]:
    """A date, or a date with a time (and maybe a zone): the day, and the datetime when there is a time.

    ValueError (with the message a field reports) when it is neither.
    """
    if isinstance(value, dt.datetime):
        return value.date(), value
    text = value.strip() if isinstance(value, str) else ""
    if DATE_TIME.match(text):
        try:
            moment = dt.datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) and time (HH:MM, +05:00 for a zone)") from None
        return moment.date(), moment
    return parse_date(value), None


def day_and_time(value: dt.date) -> tuple[dt.date, str]:
    """A sort key for dates and datetimes together (Python cannot compare the two)."""
    if isinstance(value, dt.datetime):
        return value.date(), value.time().isoformat()
    return value, ""


class _Fields:
    """One front matter mapping, read field by field: every problem is noted, none stops the reading."""

    def __init__(self, meta: Mapping[Any, Any]) -> None:
        self.meta = meta
        self._problems: list[tuple[str, str]] = []  # (field, message)

    def report(self, name: str, problem: str) -> None:
        self._problems.append((name, f"{name}: {problem}"))

    def faulty(self, name: str) -> bool:
        """Whether the top-level field ``name`` has a problem (``image.caption`` is ``image``'s)."""
        return any(reported.split(".")[0] == name for reported, _ in self._problems)

    def problems(self) -> list[str]:
        """The messages in the order of their fields in the file; missing fields first."""
        position = {str(key): number for number, key in enumerate(self.meta)}
        ranked = sorted(self._problems, key=lambda problem: position.get(problem[0].split(".")[0], -1))
        return list(dict.fromkeys(message for _, message in ranked))

    def one_line(self, name: str, value: str) -> str:
        if LINE_BREAK.search(value):
            self.report(name, f"{value!r} has a line break (write it on one line)")
        return value

    def text(self, name: str) -> str | None:
        """An optional text field (a number is text too)."""
        value = self.meta.get(name)
        if value is None:
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.report(name, f"{value!r} is not text")
            return None
        return str(value) if name == "summary" else self.one_line(name, str(value))

    def strings(self, name: str) -> list[str]:
        """An optional list of names, one line each."""
        value = self.meta.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(name, f"{value!r} is not a list (write one '- item' per line)")
            return []
        names = []
        for item in value:
            if not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
                self.report(name, f"{item!r} is not a name")
            else:
                names.append(self.one_line(name, str(item).strip()))
        return names

    def mapping(self, name: str, keys: tuple[str, ...]) -> dict[str, str] | None:
        """An optional mapping of one-line texts with the given keys (``source`` may be just a name)."""
        value = self.meta.get(name)
        if value is None:
            return None
        if isinstance(value, str) and name == "source":
            value = {"name": value}
        if not isinstance(value, dict):
            self.report(name, f"{value!r} is not a mapping ({', '.join(keys)})")
            return None
        found = {}
        for key, item in value.items():
            if key not in keys:
                self.report(name, f"unknown key {str(key)!r} (expected {', '.join(keys)})")
            elif item is not None and not isinstance(item, (str, int, float)):
                self.report(f"{name}.{key}", f"{item!r} is not text")
            elif item is not None:
                found[key] = self.one_line(f"{name}.{key}", str(item))
        return found


def _check_title(fields: _Fields) -> str:
    title = fields.meta.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        fields.report("title", "missing (every article needs a title)")
    elif not isinstance(title, str):
        fields.report("title", f"{title!r} is not text")
    else:
        return fields.one_line("title", title.strip())
    return ""


def _check_date(fields: _Fields) -> tuple[dt.date | None, dt.datetime | None]:
    value = fields.meta.get("date")
    if value is None:
        fields.report("date", "missing (YYYY-MM-DD)")
        return None, None
    try:
        return parse_moment(value)
    except ValueError as error:
        fields.report("date", str(error))
        return None, None


def _check_updated(fields: _Fields, published: dt.date | None) -> dt.date | None:
    """``updated``: a date or a date with a time, not before the article's date."""
    value = fields.meta.get("updated")
    if value is None:
        return None
    try:
        day, moment = parse_moment(value)
    except ValueError as error:
        fields.report("updated", str(error))
        return None
    if published is not None and day < published:
        fields.report("updated", f"{day.isoformat()} is before the article's date ({published.isoformat()})")
    return moment or day


def _check_corrections(fields: _Fields, published: dt.date | None) -> list[Correction]:
    """``corrections``: a list of ``{date, text}``, each dated on or after the article's date."""
    value = fields.meta.get("corrections")
    if value is None:
        return []
    if not isinstance(value, list):
        fields.report("corrections", f"{value!r} is not a list (one '- date: ...' and 'text: ...' per correction)")
        return []
    corrections = []
    for number, item in enumerate(value, 1):
        where = f"correction {number}"
        if not isinstance(item, dict):
            fields.report("corrections", f"{where}: {item!r} is not a mapping (date, text)")
            continue
        for key in item:
            if key not in ("date", "text"):
                fields.report("corrections", f"{where}: unknown key {str(key)!r} (expected date, text)")
        text = item.get("text")
        if text is None or (isinstance(text, str) and not text.strip()):
            fields.report("corrections", f"{where}: text: missing (what was corrected)")
        elif not isinstance(text, str):
            fields.report("corrections", f"{where}: text: {text!r} is not text")
        if item.get("date") is None:
            fields.report("corrections", f"{where}: date: missing (YYYY-MM-DD)")
            continue
        try:
            day, moment = parse_moment(item["date"])
        except ValueError as error:
            fields.report("corrections", f"{where}: date: {error}")
            continue
        if published is not None and day < published:
            message = f"{where}: date: {day.isoformat()} is before the article's date ({published.isoformat()})"
            fields.report("corrections", message)
        elif isinstance(text, str) and text.strip():
            corrections.append(Correction(moment or day, text.strip()))
    return corrections


def _check_known_fields(fields: _Fields) -> None:
    """Every field not of the model nor of the theme is taken for a typo, with the likeliest meant."""
    allowed, known = ALLOWED_FIELDS, KNOWN_FIELD_LIST
    for key in map(str, fields.meta):
        if key not in allowed:
            meant = difflib.get_close_matches(key.casefold(), sorted(allowed), n=1, cutoff=0.7)
            typo = f"a typo of {meant[0]!r}?" if meant else "a typo?"
            fields.report(key, f"unknown field ({typo} the article fields are {known})")


def _check_choices(fields: _Fields) -> tuple[str, bool]:
    """``lang`` and ``draft``."""
    lang = fields.meta.get("lang", "en")
    if lang not in LANGUAGES:
        fields.report("lang", f"{lang!r} is not one of {', '.join(LANGUAGES)}")
    draft = fields.meta.get("draft", False)
    if not isinstance(draft, bool):
        fields.report("draft", f"{draft!r} is not true or false")
    return str(lang), draft is True


def _check_source(fields: _Fields) -> Source | None:
    source = fields.mapping("source", ("name", "url"))
    if source is None or fields.faulty("source"):
        return None
    if not source.get("name"):
        fields.report("source", "name is missing")
        return None
    return Source(**source)


def _check_image(fields: _Fields) -> Image | None:
    image = fields.mapping("image", ("src", "alt", "caption", "credit"))
    return Image(**image) if image and not fields.faulty("image") else None


def article_from_front_matter(meta: Any, body: str, origin: str, src_path: str = "") -> Article:
    """Validate front matter; raise one ArticleError naming ``origin`` and every problem, field by field.

    ``origin`` is the file as an editor knows it (``docs/news/2023/x.md``);
    ``src_path`` is its path in the docs folder (``news/2023/x.md``).
    """
    if not isinstance(meta, dict):
        raise ArticleError(origin, ["front matter is not a mapping of fields (write one 'field: value' per line)"])
    fields = _Fields(meta)
    title, (date, moment) = _check_title(fields), _check_date(fields)
    updated, corrections = _check_updated(fields, date), _check_corrections(fields, date)
    _check_known_fields(fields)
    names = {name: fields.strings(name) for name in ENTITY_FIELDS}
    texts = {name: fields.text(name) for name in OPTIONAL_TEXT_FIELDS}
    lang, draft = _check_choices(fields)
    translation_key = fields.text("translation_key")
    source, image = _check_source(fields), _check_image(fields)
    if fields.problems() or date is None:
        readable = {name: found for name, found in names.items() if not fields.faulty(name)}
        raise ArticleError(origin, fields.problems(), readable)
    return Article(
        title=title,
        date=date,
        summary=texts.pop("summary") or "",
        **names,
        **texts,
        source=source,
        image=image,
        lang=lang,
        draft=draft,
        body=body,
        src_path=src_path,
        moment=moment,
        updated=updated,
        corrections=corrections,
        translation_key=str(translation_key).strip() or None if translation_key is not None else None,
        lang_assumed="lang" not in meta,
    )


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML (libyaml when present), except that a timestamp that is no real day stays text.

    PyYAML reads ``date: 2026-13-45`` as a date and fails on the whole file; kept as text, the
    value reaches its field's check, and the message names the field.
    """


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
FRONT_MATTER_LINE = frontmatter.YAMLHandler.FM_BOUNDARY
"""The line that opens and closes front matter, as python-frontmatter (and so the importer) reads it."""


def read_front_matter(text: str, origin: str) -> tuple[Any, str]:
    """The front matter of a Markdown file (None when it has none) and the body after it.

    Raise ArticleError naming ``origin`` when the front matter cannot be read at all.
    """
    text = text.lstrip("\ufeff")
    if not FRONT_MATTER_LINE.match(text):
        return None, text.strip()
    parts = FRONT_MATTER_LINE.split(text.strip(), 2)
    if len(parts) < 3:
        raise ArticleError(origin, ["front matter is not closed (end it with a line '---')"])
    try:
        meta = yaml.load(parts[1], Loader=_FrontMatterLoader)  # a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1} of the file)" if mark else ""  # the YAML starts after the "---" of line 1
        problem = getattr(error, "problem", None) or "cannot be read"
        message = f"front matter is not valid YAML{where}: {problem}"
        raise ArticleError(origin, [message], names_despite_yaml_error(parts[1])) from None
    except ValueError as error:
        message = f"front matter has an impossible value: {error}"
        raise ArticleError(origin, [message], names_despite_yaml_error(parts[1])) from None
    return ({} if meta is None else meta), parts[2].strip()


TOP_LEVEL_ENTRY = re.compile(r"\n(?=[^\s#-])")
"""Where a front matter's next top-level entry starts: a line that is neither indented, nor a
comment, nor a list item (``people:`` may be followed by ``- name`` lines at the margin)."""
ENTRY_KEY = re.compile(r"['\"]?([A-Za-z_][\w-]*)['\"]?[ \t]*:(?:[ \t]|$)")


def names_despite_yaml_error(header: str) -> dict[str, list[str]]:
    """The names (by kind field) that front matter with a YAML error still gives, entry by entry.

    Each top-level entry (``people: [...]`` and its continuation lines) is read alone: a mistake
    in the title does not hide the people. A kind whose entry cannot be read is left out; so is
    every kind when an entry's field cannot even be told.
    """
    readable: dict[str, Any] = {}
    broken = set()
    for entry in TOP_LEVEL_ENTRY.split(header.strip("\n")):
        try:
            value = yaml.load(entry, Loader=_FrontMatterLoader)  # a safe loader
        except (yaml.YAMLError, ValueError):
            key = ENTRY_KEY.match(entry)
            if key is None:
                return {}
            broken.add(key.group(1))
            continue
        if isinstance(value, dict):
            readable.update(value)
    fields = _Fields(readable)
    names = {name: fields.strings(name) for name in ENTITY_FIELDS if name not in broken}
    return {name: found for name, found in names.items() if not fields.faulty(name)}


def parse_article(text: str, origin: str, src_path: str = "") -> Article:
    """Parse a whole Markdown file (front matter and body) into an Article."""
    meta, body = read_front_matter(text, origin)
    if meta is None:
        message = "no front matter (the file must start with '---')"
        raise ArticleError(origin, [message], names_without_front_matter(body))
    return article_from_front_matter(meta, body, origin, src_path)


def names_without_front_matter(text: str) -> dict[str, list[str]]:
    """A file without front matter names nobody, unless the lines before a ``---`` line are
    front matter whose opening line was forgotten: then their names, as far as they can be read."""
    parts = FRONT_MATTER_LINE.split(text.strip(), 2)
    if len(parts) == 1:
        return {name: [] for name in ENTITY_FIELDS}
    opened_late = not parts[0].strip() and len(parts) == 3  # blank lines before the opening '---'
    return names_despite_yaml_error(parts[1] if opened_late else parts[0])


def load_article(path: Path, origin: str | None = None, src_path: str = "") -> Article:
    """Read and validate one article file; ``origin`` is the name used in messages."""
    origin = origin or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(origin, ["not UTF-8 text"]) from None
    except OSError as error:
        raise ArticleError(origin, [f"cannot be read ({error.strerror})"]) from None
    return parse_article(text, origin, src_path)


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value}
