"""Front matter read once a build: the YAML the catalog parses is handed to MkDocs for the page.

MkDocs reads every page's front matter again (``mkdocs.utils.meta.get_data``, YAML each time).
While ``begin()``-``end()`` (the hooks' ``on_files`` to ``on_env``, where MkDocs has read every
page), an article's front matter that the catalog parsed is kept, and MkDocs' reading of the same
page takes it instead of parsing it again. It is kept only when MkDocs would read the very same
YAML text and could not read it otherwise: the same header (``YAML_RE``'s), parsed without the
catalog's leniency (a timestamp that is no real day stays text there, where MkDocs reads nothing).
Each parsed front matter is taken once (a page's ``meta`` is its own, changed by the hooks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

import yaml

from newsroom.article import FRONT_MATTER_LINE, Article, _FrontMatterLoader, article_from_front_matter, parse_article

_kept: dict[str, dict[str, Any]] = {}
"""By header text (as MkDocs' ``YAML_RE`` finds it): its parsed front matter, until MkDocs takes it."""
_keeping = False
_header: re.Pattern[str] | None = None
"""MkDocs' ``YAML_RE``: the header it reads (given by ``begin``)."""

GetData = Callable[[str], tuple[str, dict[str, Any]]]
"""``get_data``: a page's text in, its text after the header and its front matter out."""


class _StrictLoader(_FrontMatterLoader):
    """The catalog's loader, noting when it read a timestamp as text (MkDocs' loader fails there)."""

    lenient = False


def _timestamp_noted(loader: Any, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        loader.lenient = True
        return loader.construct_scalar(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_noted)


def read_article(text: str, origin: str, src_path: str = "") -> Article:
    """``parse_article(text, ...)``, the same Article or error; between ``begin()`` and ``end()`` its
    front matter is kept for MkDocs (when MkDocs would read the same)."""
    if not _keeping or _header is None or "\r" in text:  # MkDocs reads the file with newlines translated
        return parse_article(text, origin, src_path)
    header = _header.match(text)
    text = text.lstrip("\ufeff")
    parts = FRONT_MATTER_LINE.split(text.strip(), 2) if header and FRONT_MATTER_LINE.match(text) else []
    if len(parts) < 3 or parts[1] not in (header.group(1), "\n" + header.group(1)):  # type: ignore[union-attr]
        return parse_article(text, origin, src_path)
    loader = _StrictLoader(parts[1])
    try:
        meta = loader.get_single_data()
    except (yaml.YAMLError, ValueError):
        return parse_article(text, origin, src_path)  # its error, as the catalog says it
    finally:
        loader.dispose()
    article = article_from_front_matter({} if meta is None else meta, parts[2].strip(), origin, src_path)
    if isinstance(meta, dict) and not loader.lenient:
        _kept[header.group(1)] = meta  # type: ignore[union-attr]
    return article


def _taking_kept(original: GetData, header: re.Pattern[str]) -> GetData:
    """A module's ``get_data`` (``original``, reading ``header``) that takes the front matter the
    catalog kept for this header; each patched module keeps its own original."""

    def get_data(doc: str) -> tuple[str, dict[str, Any]]:
        if _kept and (found := header.match(doc)) and (meta := _kept.pop(found.group(1), None)) is not None:
            return doc[found.end() :].lstrip("\n"), meta
        return original(doc)

    get_data.newsroom_original = original  # type: ignore[attr-defined]
    return get_data


def begin(mkdocs_meta: ModuleType) -> None:
    """A build reads its articles: keep their front matter for MkDocs' ``mkdocs_meta``
    (``mkdocs.utils.meta``, or ProperDocs' own, whose ``get_data`` takes it from now on)."""
    global _keeping, _header
    _header = mkdocs_meta.YAML_RE
    if not hasattr(mkdocs_meta.get_data, "newsroom_original"):
        mkdocs_meta.get_data = _taking_kept(mkdocs_meta.get_data, mkdocs_meta.YAML_RE)
    _kept.clear()
    _keeping = True


def end() -> None:
    """MkDocs has read every page: let go of what it did not take."""
    global _keeping
    _keeping = False
    _kept.clear()
