"""HTML fragments for article pages, article lists and index pages, from Jinja templates.

Every fragment is a template in ``newsroom/site/templates/newsroom/<name>.html``, rendered
with autoescaping. A site overrides one by putting a file of the same name in its theme's
``custom_dir`` (``overrides/newsroom/article-header.html``), as Material's partials are
overridden. Labels come from ``newsroom.site.labels`` in the site's language.

URLs are site-relative directory URLs (``news/2023/x/``); a fragment written into the
page at ``page_url`` links with URLs relative to it, so the site works under any
``site_url`` path and from a folder.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateError, TemplateSyntaxError
from markupsafe import Markup

from newsroom.article import Article
from newsroom.kinds import KINDS, ORGANIZATIONS
from newsroom.site.labels import Labels, date_locale
from newsroom.site.memo import memo
from newsroom.site.template_uses import reads

TEMPLATES = Path(__file__).parent / "templates"
"""Our templates (package data)."""
TEMPLATE_FOLDER = "newsroom"
"""Templates are looked up as ``newsroom/<name>.html``, in a site's custom_dir then ours."""
ITEM = ("article-item.html", "thumbnail.html", "picture.html")
"""The templates of an article's line in a list (what a site overriding one changes)."""
HEADER = f"{TEMPLATE_FOLDER}/article-header.html"
LinkFor = Callable[[str, str], str | None]
"""``link_for(kind, name)``: the site-relative URL of an index page, or None."""


def relative_url(page_url: str, target_url: str) -> str:
    """The link from the page at ``page_url`` to ``target_url`` (both site-relative).

    Pages have directory URLs (``news/2023/x/``), so the way up is one ``../`` per folder.
    """
    link = "../" * page_url.lstrip("/").count("/") + target_url
    return link or "./"


@lru_cache(maxsize=8192)
def human_date(date: dt.date, lang: str) -> str:
    """``31 October 2023`` in English, ``31 октября 2023 г.`` in Russian, and so on."""
    return format_date(date, format="long", locale=date_locale(lang))


class Renderer:
    """The fragments' templates (a site's ``custom_dir`` first, then ours) and the site's labels.

    Made once per build; ``render("article-header", article=...)`` renders
    ``newsroom/article-header.html``.
    """

    def __init__(self, custom_dir: Path | str | None = None, lang: str = "en") -> None:
        folders = [Path(custom_dir), TEMPLATES] if custom_dir else [TEMPLATES]
        self.labels = Labels(lang)
        self.env = Environment(
            loader=FileSystemLoader(folders),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # one environment per build: templates are read once, not checked on every use
        )
        # JSON in <script> (the tojson filter): readable UTF-8, compact, in the order written.
        self.env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
        self.env.globals["labels"] = self.labels
        self.env.globals["article_item"] = self._article_item
        self._items = memo()
        self._templates: dict[str, Template] = {}
        """By name: the templates read (the environment does not reload them: its own look-up costs more)."""
        self._items_by_depth = not any((Path(d) / TEMPLATE_FOLDER / n).exists() for d in folders[:-1] for n in ITEM)
        self.env.filters.update(
            relative_to=lambda target, page_url: relative_url(page_url, target),
            human_date=human_date,
            site_date=lambda date, pattern: format_date(date, pattern, locale=date_locale(lang)),
        )

    def render(self, name: str, **context: Any) -> str:
        """The template ``newsroom/<name>.html`` rendered with ``context``.

        A template that cannot be read or rendered (a site's override with a mistake) raises
        a TemplateProblem naming its file and line.
        """
        try:
            if (template := self._templates.get(name)) is None:
                template = self._templates[name] = self.env.get_template(f"{TEMPLATE_FOLDER}/{name}.html")
            return template.render(**context)
        except TemplateSyntaxError as error:
            raise TemplateProblem(f"{error.filename or error.name}: line {error.lineno}: {error.message}") from None
        except TemplateError as error:
            raise TemplateProblem(f"{_where(error) or f'{TEMPLATE_FOLDER}/{name}.html'}: {error}") from None

    def _article_item(self, article: Article, page_url: str, summaries: bool) -> Markup:
        """An article's line in a list (``article-item.html``), made once a build per page depth:
        our templates use ``page_url`` only for relative links (``relative_to``), which depend
        on the depth alone; a site's own templates get one made per page."""
        where = page_url.lstrip("/").count("/") if self._items_by_depth else page_url

        def item() -> Markup:
            return Markup(self.render("article-item", article=article, page_url=page_url, summaries=summaries))

        return self._items.lookup((id(article), where, bool(summaries)), item, article)


class TemplateProblem(Exception):
    """A template of the site's fragments could not be rendered (the message names file and line)."""


def _where(error: Exception) -> str:
    """The template file and line where ``error`` was raised (Jinja keeps them in the traceback)."""
    where = ""
    for frame, line in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename.endswith(".html"):
            where = f"{frame.f_code.co_filename}: line {line}"
    return where


@cache
def default_renderer() -> Renderer:
    """Our own templates with English labels (for callers outside a site build)."""
    return Renderer()


@dataclass(frozen=True)
class Chip:
    """A name in an article's header, with the link to its index page when it has one."""

    name: str
    href: str | None


@dataclass(frozen=True)
class ChipRow:
    """One labelled line of chips: the article's tags, or people, or ...

    ``more`` holds the chips shown only on request (behind a "more" control), after ``chips``.
    """

    kind: str
    label: str
    chips: list[Chip]
    more: list[Chip] = field(default_factory=list)


def chip_rows(
    article: Article,
    link_for: LinkFor | None,
    labels: Labels,
    names: Mapping[str, Sequence[str]] | None = None,
    shown: int | None = None,
) -> list[ChipRow]:
    """The article's names by kind, linked to their index pages (kinds without names left out).

    ``names`` gives, by kind field, the names in the order to show them (the article's own order
    by default); past the first ``shown`` of a kind, chips go to the row's ``more``.
    The source publication is shown once, as the source: its organization chip would say it again.
    """
    source = article.source.name.casefold() if article.source else None
    rows = []
    for kind in KINDS:
        chips = []
        for name in names.get(kind.field, ()) if names is not None else getattr(article, kind.field):
            if kind is ORGANIZATIONS and name.casefold() == source:
                continue
            url = link_for(kind.field, name) if link_for else None
            chips.append(Chip(name, relative_url(article.url, url) if url is not None else None))
        if chips:
            cut = len(chips) if shown is None or len(chips) <= shown + 1 else shown  # never "1 more"
            rows.append(ChipRow(kind.field, labels[kind.field], chips[:cut], chips[cut:]))
    return rows


def article_header(article: Article, link_for: LinkFor | None = None, renderer: Renderer | None = None) -> str:
    """What an article page shows above its text: subtitle, date line, picture.

    ``chip_rows`` are in its templates' context too, for a site's own header that shows them;
    ours leaves them to the topics after the text (``newsroom.site.topics``).
    """
    renderer = renderer or default_renderer()
    source = article.source
    picture = article.image_path
    return renderer.render(
        "article-header",
        article=article,
        source_url=source.url if source and source.url and is_web_url(source.url) else None,
        picture=relative_url(article.url, picture) if picture is not None else None,
        chip_rows=chip_rows(article, link_for, renderer.labels) if reads(renderer.env, HEADER, "chip_rows") else [],
        byline_url=relative_url(article.url, url)
        if article.byline and link_for and (url := link_for("authors", article.byline))
        else None,
    )


def problems_note(messages: list[str], is_article: bool, renderer: Renderer | None = None) -> str:
    """The note a lenient build (``mkdocs serve``) shows on a page whose front matter has problems."""
    return (renderer or default_renderer()).render("problems", messages=messages, is_article=is_article)


def is_web_url(url: str) -> bool:
    """An http(s) address: the only kind a page links to outside the site."""
    return url.strip().lower().startswith(("https://", "http://"))
