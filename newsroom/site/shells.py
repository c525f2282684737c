"""The theme's page around a generated page, rendered once per kind of page, then filled in.

The index pages (tags, people, organizations, places, archive, authors) are most of a site's
pages, and the theme renders the same page around each of them: same header, navigation tabs,
footer and scripts, the same links relative to the same folder. Only the title, the content,
the canonical address, the head tags and the language switcher's links differ. So the theme
renders one page whose varying parts are placeholders (a *shell*), and each page of its kind
is that shell with its own values put in.

A page's kind (its key) is everything else the theme could read: its folder, its front matter
without the varying parts, which of them are empty, whether its content has a ``<h1``, the
other template variables. Rendering stays the theme's: a kind's first page is rendered as
usual, its second gives the shell (and is rendered as usual), and its third is rendered both
ways and compared byte for byte; only when they are equal do the next pages of the kind use
the shell. A theme or an override that shows a page differently (a filter applied to the
title, the page's own address, a build time) makes that comparison fail, and the pages of
that kind are rendered as usual. ``NEWSROOM_PAGE_SHELLS=off`` turns shells off.

Nothing here imports MkDocs: the page is read by its attributes (``content``, ``meta``,
``canonical_url``, ``edit_url``, ``abs_url``, ``url``, ``toc``).
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import posixpath
import re
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any

import jinja2
from markupsafe import Markup

from newsroom.site.meta_reads import meta_reads

TEMPLATE = "newsroom-shell/main.html"
"""The template a generated page names in its front matter (``meta['template']``)."""
THEME_TEMPLATE = "main.html"
GLOBAL = "newsroom_page_shell"
_MARK = "\x00nr-shell:"
_END = "<&'\">\x00"
"""A placeholder ends with what every escaping filter changes, so a changed one is found."""
_PLACEHOLDER = re.compile(re.escape(_MARK) + "([^\x00]*?)" + re.escape(_END))
PAGE_TEXTS = ("content", "canonical_url", "edit_url", "abs_url")
META_TEXTS = ("title", "description", "newsroom_head")
ALTERNATES = "newsroom_alternates"
IGNORED_CONTEXT = frozenset({"page", "build_date_utc", GLOBAL})
"""Template variables not part of a kind (the page; the build time, which differs by microseconds)."""
log = logging.getLogger("mkdocs.hooks.newsroom.shells")
_LONG = 64
"""A list longer than this is known by its identity (the site's pages: the same list for every page)."""


def placeholder(name: str) -> str:
    return f"{_MARK}{name}{_END}"


def enabled() -> bool:
    return os.environ.get("NEWSROOM_PAGE_SHELLS", "on") != "off"


@dataclasses.dataclass
class _Kind:
    """What a build knows of one kind of page."""

    seen: int = 0
    parts: list[str] | None = None
    """The shell split at its placeholders: text, name, text, name, ..., text."""
    trusted: bool = False
    refused: bool = False
    keep: list[Any] = dataclasses.field(default_factory=list)
    """The objects the key names by identity, kept alive so that no other object takes their ``id``."""


class Shells:
    """The shells of one build, by kind of page."""

    def __init__(self, read: frozenset[str] | None = None) -> None:
        self.kinds: dict[Hashable, _Kind] = {}
        self.filled = 0
        self.read = read
        """The front matter keys the templates read (``newsroom.site.meta_reads``; None: any)."""

    def render(self, variables: dict[str, Any], render: Callable[[dict[str, Any]], str]) -> str:
        """The page of ``variables['page']``: by its kind's shell when trusted, else ``render(variables)``."""
        page = variables.get("page")
        described = _describe(page, variables, self.read) if page is not None and enabled() else None
        if described is None:
            return render(variables)
        key, values, keep = described
        kind = self.kinds.setdefault(key, _Kind(keep=keep))
        kind.seen += 1
        if kind.trusted:
            filled = _fill(kind.parts, values)
            if filled is not None:
                self.filled += 1
                return filled
            kind.trusted, kind.refused = False, True
        output = render(variables)
        if kind.refused:
            return output
        if kind.parts is None:
            if kind.seen >= 2:
                kind.parts = _shell(page, render, variables)
                kind.refused = kind.parts is None
                if kind.refused:
                    log.debug(f"newsroom: the shell of the pages like {page.url} changed a placeholder")
        elif _fill(kind.parts, values) == output:
            kind.trusted = True
            log.debug(f"newsroom: the pages like {page.url} are made from one shell")
        else:
            kind.refused = True
            log.debug(f"newsroom: the pages like {page.url} differ from their shell: rendered one by one")
        return output


def _shell(page: Any, render: Callable[[dict[str, Any]], str], variables: dict[str, Any]) -> list[str] | None:
    """The page rendered with placeholders, split at them; none when a placeholder came out changed."""
    with _placeholders_in(page):
        text = render(variables)
    parts = _PLACEHOLDER.split(text)
    if any(_MARK in part for part in parts[::2]):
        return None
    return parts


def _fill(parts: list[str] | None, values: dict[str, str]) -> str | None:
    if parts is None:
        return None
    pieces = parts[:]
    for i in range(1, len(pieces), 2):
        value = values.get(pieces[i])
        if value is None:
            return None
        pieces[i] = value
    return "".join(pieces)


def _content_name(content: str) -> str:
    """The content's placeholder says whether the content has a heading (the theme adds one if not)."""
    return "content<h1" if "<h1" in content else "content"


def _describe(
    page: Any, variables: dict[str, Any], read: frozenset[str] | None
) -> tuple[Hashable, dict[str, str], list[Any]] | None:
    """The page's kind, its values for the placeholders, and the objects the kind names by identity.

    None for a page the shell cannot stand for (one in the navigation, an untitled one...).
    """
    if "title" in vars(page) or not isinstance(page.content, str):
        return None
    if any(getattr(page, name, None) is not None for name in ("parent", "previous_page", "next_page")):
        return None
    if any(item is page for item in getattr(variables.get("nav"), "pages", None) or ()):
        return None  # the navigation shows it as the current page
    values: dict[str, str] = {}
    empty = []
    for name in PAGE_TEXTS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value:
            values[_content_name(value) if name == "content" else name] = value
        else:
            empty.append((name, value))
    toc = _toc_values(getattr(page, "toc", None), values)
    if toc is None:
        return None
    meta = page.meta if isinstance(page.meta, dict) else {}
    rest = {}
    for name, value in meta.items():
        if (read is not None and name not in read) or name == "template":
            continue  # no template reads it
        if name in META_TEXTS and isinstance(value, str) and value:
            values[f"meta.{name}"] = value
        elif name == ALTERNATES and isinstance(value, list) and all(_has_url(a) for a in value):
            values.update({f"alternate.{i}": a.url for i, a in enumerate(value)})
            rest[name] = [dataclasses.replace(a, url="") for a in value]
        else:
            rest[name] = value
    known = _Known(page)
    context = {name: value for name, value in variables.items() if name not in IGNORED_CONTEXT}
    folder = posixpath.dirname(page.url.rstrip("/"))
    flags = (bool(page.is_homepage), bool(meta), tuple(sorted(values)), tuple(empty), toc)
    return (folder, flags, known(rest), known(context)), values, known.keep


def _toc_values(toc: Any, values: dict[str, str]) -> Hashable | None:
    """The table of contents' shape (levels, nesting, empty titles); its titles and anchors go to
    ``values``. None for one the shell cannot stand for."""
    items = getattr(toc, "items", None) if toc else []
    if not isinstance(items, list):
        return None
    return _toc_shape(items, "toc", values)


def _toc_shape(items: list[Any], path: str, values: dict[str, str]) -> Hashable | None:
    shape = []
    for number, item in enumerate(items):
        name = f"{path}.{number}"
        title, anchor, children = (
            getattr(item, "title", None),
            getattr(item, "id", None),
            getattr(item, "children", None),
        )
        if not isinstance(title, str) or not isinstance(anchor, str) or not isinstance(children, list):
            return None
        values[f"{name}.title"], values[f"{name}.id"] = title, anchor
        inner = _toc_shape(children, name, values)
        if inner is None:
            return None
        shape.append((getattr(item, "level", None), bool(title), bool(anchor), inner))
    return tuple(shape)


def _toc_placeholders(items: list[Any], path: str = "toc") -> list[Any]:
    twins = []
    for number, item in enumerate(items):
        name = f"{path}.{number}"
        twin = copy.copy(item)
        twin.title, twin.id = placeholder(f"{name}.title"), placeholder(f"{name}.id")
        twin.children = _toc_placeholders(item.children, name)
        twins.append(twin)
    return twins


def _has_url(item: Any) -> bool:
    return dataclasses.is_dataclass(item) and isinstance(getattr(item, "url", None), str)


class _Known:
    """Values as parts of a key: simple values and small containers by value, other objects by
    type and identity (kept alive in ``keep``); the page itself wherever it is named (a section's
    navigation tab for it is the active one)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.keep: list[Any] = []

    def __call__(self, value: Any) -> Hashable:
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        if value is self.page:
            return ("the page",)
        if isinstance(value, dict):
            return ("dict", tuple((str(k), self(v)) for k, v in sorted(value.items(), key=lambda item: str(item[0]))))
        if isinstance(value, (list, tuple)) and len(value) <= _LONG:
            return (type(value).__name__, tuple(self(v) for v in value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = tuple((f.name, self(getattr(value, f.name))) for f in dataclasses.fields(value))
            return (type(value).__qualname__, fields)
        changes, target = getattr(value, "_changes", None), getattr(value, "_target", None)
        if isinstance(changes, dict) and target is not None:  # a proxy (newsroom.site.chrome)
            return (type(value).__qualname__, self(target), self(changes))
        self.keep.append(value)
        return (type(value).__qualname__, id(value))


@contextmanager
def _placeholders_in(page: Any) -> Iterator[None]:
    """The page with placeholders for its varying parts, as it was afterwards."""
    saved = {name: getattr(page, name, None) for name in PAGE_TEXTS}
    meta, toc = page.meta, page.toc
    try:
        if toc:
            page.toc = copy.copy(toc)
            page.toc.items = _toc_placeholders(toc.items)
        for name, value in saved.items():
            if isinstance(value, str) and value:
                setattr(page, name, placeholder(_content_name(value) if name == "content" else name))
        page.meta = _meta_placeholders(meta)
        yield
    finally:
        for name, value in saved.items():
            setattr(page, name, value)
        page.meta, page.toc = meta, toc


def _meta_placeholders(meta: dict[str, Any]) -> dict[str, Any]:
    changed = dict(meta)
    for name, value in meta.items():
        if name in META_TEXTS and isinstance(value, str) and value:
            changed[name] = placeholder(f"meta.{name}")
        elif name == ALTERNATES and isinstance(value, list) and all(_has_url(a) for a in value):
            changed[name] = [dataclasses.replace(a, url=placeholder(f"alternate.{i}")) for i, a in enumerate(value)]
    return changed


def install(env: jinja2.Environment) -> Shells:
    """Give the theme's environment the shell template (``TEMPLATE``); a page naming it is built
    from its kind's shell, or rendered by the theme's ``main.html`` as usual."""
    shells = Shells(meta_reads(env))
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: "{{ " + GLOBAL + "() }}"}), env.loader])

    @jinja2.pass_context
    def page_shell(context: jinja2.runtime.Context) -> Markup:
        theme = context.environment.get_template(THEME_TEMPLATE)
        return Markup(shells.render(context.get_all(), theme.render))

    page_shell.shells = shells  # type: ignore[attr-defined]
    env.globals[GLOBAL] = page_shell
    return shells
