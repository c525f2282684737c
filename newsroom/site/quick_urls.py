"""Faster stand-ins, with the same results, for the few standard functions a preview rebuild calls
once per page of the site.

MkDocs makes a new page object for every page on every build, even under ``mkdocs serve`` when
one file changed; each joins the site URL with the page's address (``urllib.parse.urljoin``), splits
the result again (``urlsplit``, whose cache holds 128 addresses) and asks for today's date. At
thousands of pages that is a tenth of a preview rebuild. Here the common case, a plain site URL
(``http://127.0.0.1:8000/newsroom/``) and a plain address (``news/2024/story/``), is a string
concatenation; anything else goes to the standard function. The results are equal by construction
(no dot segments, no query, fragment, parameters or scheme to resolve) and by test.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

_SEGMENT = r"[A-Za-z0-9_~%+\-][A-Za-z0-9_.~%+\-]*"
"""A path segment that needs no resolving: it never starts with a dot (``.``, ``..``)."""
_PATH = re.compile(rf"(?:{_SEGMENT}/)*(?:{_SEGMENT})?")
_BASE = re.compile(rf"(https?)://([A-Za-z0-9.\-]+(?::[0-9]+)?)(/(?:{_SEGMENT}/)*)")
_MAX_BASES = 16
SECONDS_A_DAY = 86400


class QuickUrls:
    """``urljoin`` and ``urlsplit`` with a fast path for plain site URLs and page addresses."""

    def __init__(self) -> None:
        self._bases: dict[str, tuple[str, str, str] | None] = {}

    def _parts(self, base: str) -> tuple[str, str, str] | None:
        """A plain base URL's scheme, host and path (ending with ``/``), else None."""
        if base not in self._bases:
            found = _BASE.fullmatch(base)
            if len(self._bases) >= _MAX_BASES:
                return found.groups() if found else None  # type: ignore[return-value]
            self._bases[base] = found.groups() if found else None  # type: ignore[assignment]
        return self._bases[base]

    def urljoin(self, base: Any, url: Any, allow_fragments: bool = True) -> Any:
        """``urllib.parse.urljoin``."""
        if type(base) is str and type(url) is str and self._parts(base) and _PATH.fullmatch(url):
            return base + url
        return urljoin(base, url, allow_fragments)

    def urlsplit(self, url: Any, scheme: str = "", allow_fragments: bool = True) -> SplitResult:
        """``urllib.parse.urlsplit``."""
        if type(url) is str:
            for base, parts in list(self._bases.items()):
                if parts is not None and url.startswith(base) and _PATH.fullmatch(url, len(base)):
                    return SplitResult(parts[0], parts[1], parts[2] + url[len(base) :], "", "")
        return urlsplit(url, scheme, allow_fragments)


class BuildDate:
    """``mkdocs.utils.get_build_date``: today's UTC date as ``YYYY-MM-DD`` (or ``SOURCE_DATE_EPOCH``'s
    date, which goes to ``original``), formatted once a day rather than once a page."""

    def __init__(self, original: Any) -> None:
        self._original = original
        self._day = -1
        self._text = ""

    def __call__(self) -> str:
        if os.environ.get("SOURCE_DATE_EPOCH") is not None:
            return self._original()
        now = time.time()
        day = int(now // SECONDS_A_DAY)
        if day != self._day:
            self._text = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%Y-%m-%d")
            self._day = day
        return self._text


def install(namespace: Any) -> None:
    """Give a module that imported ``urljoin``, ``urlsplit`` and ``get_build_date`` by name (MkDocs'
    ``mkdocs.structure.pages``) these stand-ins; names it does not have are left alone."""
    quick = QuickUrls()
    if getattr(namespace, "urljoin", None) is urljoin:
        namespace.urljoin = quick.urljoin
    if getattr(namespace, "urlsplit", None) is urlsplit:
        namespace.urlsplit = quick.urlsplit
    original = getattr(namespace, "get_build_date", None)
    if callable(original) and not isinstance(original, BuildDate):
        namespace.get_build_date = BuildDate(original)
