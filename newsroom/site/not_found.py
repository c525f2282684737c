"""The 404 page of a multilingual site: what it says in every language of the site.

GitHub Pages serves the site's root ``404.html`` for every missing address, whichever section
the reader was in, so the page says "not found" in each language (each block marked with its
``lang``) and links each section's home page. A one-language site keeps Material's page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from newsroom.site.labels import Labels
from newsroom.site.languages import Language
from newsroom.site.render import Renderer


@dataclass(frozen=True)
class NotFoundBlock:
    """What the 404 page says in one language, and where that language's home page is."""

    lang: str
    labels: Labels
    home: str
    site_name: str


def not_found_blocks(languages: list[Language], base_url: str, site_name: str) -> list[NotFoundBlock]:
    """One block per language, the default first; ``base_url`` is the site's root as the 404 page
    links it (an absolute path: the page is served at any address)."""
    root = base_url.rstrip("/") + "/"
    return [
        NotFoundBlock(
            language.code,
            Labels(language.code),
            posixpath.join(root, language.prefix),
            language.site_name or site_name,
        )
        for language in languages
    ]


def not_found_page(languages: list[Language], base_url: str, site_name: str, renderer: Renderer) -> str:
    """The 404 page's content in every language of a multilingual site; "" on a one-language site."""
    if len(languages) < 2:
        return ""
    return renderer.render("not-found", blocks=not_found_blocks(languages, base_url, site_name))
