"""Pages with no Markdown to convert skip Python-Markdown.

The generated pages (``newsroom.site.pages``) hand MkDocs an empty Markdown text: their HTML is put
in afterwards. MkDocs would still set up a new ``markdown.Markdown`` with every extension for each
of them (most of a site's pages), only for ``convert`` to return ``""`` at once for a blank text.
A page whose Markdown is blank gets, for this build, a ``render`` of its own that sets exactly what
MkDocs' ``Page.render`` sets for a blank text: no HTML, an empty table of contents, no title from
the text, no anchors and no links to other pages' anchors. ``after_render`` gives the page its
``render`` back.

Nothing here imports MkDocs: the page is read and set by its attributes.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any


class BlankPages:
    """Gives pages with blank Markdown their quick ``render`` (``make_toc``: MkDocs' ``get_toc``)."""

    def __init__(self, make_toc: Callable[[list[Any]], Any]) -> None:
        self.make_toc = make_toc
        self.skipped = 0

    def before_render(self, markdown: str, page: Any) -> str:
        """The Markdown, unchanged; a blank one is not converted (the page's ``render`` is replaced)."""
        if markdown.strip() or "render" in vars(page):  # (a render of its own already: the build cache's)
            return markdown
        page.render = functools.partial(self._render_blank, page)
        self.skipped += 1
        return markdown

    def _render_blank(self, page: Any, config: Any, files: Any) -> None:
        """``Page.render`` of a blank text: what ``markdown.Markdown.convert`` and MkDocs set then (the
        page's own ``render`` when a later plugin gave it text after all)."""
        if page.markdown.strip():
            type(page).render(page, config, files)
            return
        page.content = ""
        page.toc = self.make_toc([])
        page._title_from_render = None
        page.present_anchor_ids = set()
        if logging.getLogger(type(page).__module__).getEffectiveLevel() > logging.DEBUG:  # MkDocs' pages logger
            page.links_to_anchors = {}

    def after_render(self, html: str, page: Any) -> str:
        """The HTML, unchanged; the page gets its own ``render`` back."""
        render = vars(page).get("render")
        if isinstance(render, functools.partial) and render.func == self._render_blank:
            del vars(page)["render"]
        return html
