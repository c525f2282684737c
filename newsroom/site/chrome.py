"""The theme's chrome in a section's language: navigation tabs and site name for a page of ``ru/``.

A site has one navigation (mkdocs.yml's ``nav``), in its default language. A page of another
language's section gets a navigation of read-through proxies: each top-level entry points to
the same page of its own section (``ru/news/`` for ``news/``), titled with the section's label,
and entries without such a page are left out. The theme reads them as it reads the real ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

NAV_LABELS = {
    "index.md": "home",
    "news/index.md": "news",
    "tags/index.md": "tags",
    "people/index.md": "people",
    "organizations/index.md": "organizations",
    "places/index.md": "places",
    "about.md": "about",
}
"""The label that titles each top-level page in another language (docs path: labels key)."""


class Proxy:
    """An object as it is, except for the attributes given."""

    def __init__(self, target: Any, **changes: Any) -> None:
        self._target = target
        self._changes = changes

    def __getattr__(self, name: str) -> Any:
        changes = self.__dict__["_changes"]
        return changes[name] if name in changes else getattr(self._target, name)

    def __getitem__(self, key: str) -> Any:
        return self._changes[key] if key in self._changes else self._target[key]

    def __contains__(self, key: object) -> bool:
        return key in self._changes or key in self._target

    def get(self, key: str, default: Any = None) -> Any:
        return self._changes[key] if key in self._changes else self._target.get(key, default)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._target)

    def __bool__(self) -> bool:
        return True


class SectionNav(Proxy):
    """The site's navigation for a page of another language's section."""

    def __iter__(self) -> Iterator[Any]:
        return iter(self._changes["items"])


def section_nav(
    nav: Any, prefix: str, page_for: Callable[[str], Any | None], label: Callable[[str], str]
) -> SectionNav:
    """``nav`` with each top-level page replaced by its section's (``page_for(docs path)``).

    Entries that are not pages, or whose page the section lacks, are left out.
    """
    items = []
    for item in nav.items:
        file = getattr(item, "file", None)
        key = NAV_LABELS.get(file.src_uri) if file is not None else None
        page = page_for(f"{prefix}{file.src_uri}") if file is not None else None
        if page is not None:
            items.append(Proxy(page, title=label(key) if key else page.title, children=None, is_index=False))
    homepage = page_for(f"{prefix}index.md")
    return SectionNav(nav, items=items, homepage=homepage or nav.homepage, pages=[i._target for i in items])


def section_config(config: Any, overrides: Mapping[str, Any]) -> Proxy:
    """The site's configuration with a section's own site name, copyright and description."""
    return Proxy(config, **{key: value for key, value in overrides.items() if value})
