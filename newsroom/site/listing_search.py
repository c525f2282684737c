"""What Material's search index holds of a generated page: its title and its own words, given
directly (its HTML is never parsed for the search).

A generated page (a tag's, person's, organization's, place's or author's page, an A-Z list, the
archive) is a list of articles, and each article is in the index on its own. So such a page's
entry is its title (as the theme shows it) and, on a term's page, the term's role (what its
profile says under the name): a reader searching a person's name finds the person's page, once.
The page's lists (the articles' teasers, the A-Z names, the year headings) are not in the index:
they would repeat the articles' and the terms' own entries. A list's continuation (``page/2/``...)
has no entry: its first page stands for it.

Articles and editors' pages (a profile's own text included) are read by Material as before.
Nothing here imports MkDocs: pages are read by their attributes (``file.src_uri``, ``url``, ``meta``,
``title``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from markupsafe import Markup

from newsroom.site.indexes import SiteIndex

SWITCH = "NEWSROOM_LISTING_SEARCH"
CONTINUATION = re.compile(r"/page/\d+\.md$")
"""A generated list's second, third... page (``newsroom.site.pages``: ``<folder>/page/<n>.md``)."""


def intros(indexes: Iterable[SiteIndex]) -> dict[str, str]:
    """By docs path of a term's first page: the words it shows under its title (its role)."""
    found: dict[str, str] = {}
    for index in indexes:
        for terms in index.terms.values():
            for term in terms.values():
                if term.role and term.role.strip():
                    found[term.src_path] = term.role
    return found


def entries(page: Any, intro: str = "") -> list[dict[str, Any]]:
    """A generated page's entries in Material's search index (its fields, as Material writes them:
    the text escaped by MarkupSafe in the kept paragraph tag; the front matter's tags and boost)."""
    meta = page.meta if isinstance(page.meta, dict) else {}
    search = meta.get("search") or {}
    if search.get("exclude") or CONTINUATION.search(page.file.src_uri):
        return []
    words = " ".join(intro.split())
    entry: dict[str, Any] = {
        "location": page.url,
        "title": str(meta.get("title", page.title)).strip(),
        "text": str(Markup("<p>{}</p>").format(words)) if words else "",
    }
    tags = meta.get("tags")
    if isinstance(tags, list):
        entry["tags"] = [str(name) for name in tags if name and isinstance(name, (str, int, float, bool))]
    if "boost" in search:
        entry["boost"] = search["boost"]
    return [entry]


class ListingSearch:
    """Gives Material's search index the generated pages' entries directly, build after build.

    ``generated``: the build's generated pages by docs path; ``indexes``: the build's site indexes
    (their terms' roles are the pages' intros). Both are read when a page is indexed, so that the
    index can be wrapped before the build knows its pages.
    """

    def __init__(self, generated: Callable[[], Mapping[str, Any]], indexes: Callable[[], Iterable[SiteIndex]]) -> None:
        self.generated = generated
        self._intros: dict[str, str] = {}
        self._intros_of: object = None
        self.indexes = indexes
        self.given = 0
        self.active = False
        """Whether this build's search index was wrapped."""

    def install(self, index: Any) -> None:
        """Material's search index (``SearchIndex``) takes a generated page's entries from ``entries``
        instead of parsing its HTML; it reads other pages as before. (MkDocs' own search is left alone.)"""
        read = getattr(index, "add_entry_from_context", None)
        self.active = enabled() and read is not None and isinstance(getattr(index, "entries", None), list)
        if not self.active or getattr(read, "newsroom_listings", False):
            return  # (an index wrapped already, if a plugin kept it from a build before)

        def add_entry_from_context(page: Any) -> None:
            if not self.gives(page.file.src_uri):
                return read(page)
            intro = self._intro_of(self.generated()).get(page.file.src_uri, "")
            index.entries.extend(entries(page, intro))
            self.given += 1
            return None

        add_entry_from_context.newsroom_listings = True  # type: ignore[attr-defined]
        index.add_entry_from_context = add_entry_from_context

    def gives(self, src_path: str) -> bool:
        """Whether the search index takes this page's entries from here (its HTML is not read)."""
        return self.active and src_path in self.generated()

    def _intro_of(self, generated: Mapping[str, Any]) -> dict[str, str]:
        if self._intros_of is not generated:  # a new build
            self._intros, self._intros_of = intros(self.indexes()), generated
        return self._intros


def enabled() -> bool:
    """``NEWSROOM_LISTING_SEARCH=off``: Material parses the generated pages too (as before)."""
    return os.environ.get(SWITCH, "").lower() != "off"
