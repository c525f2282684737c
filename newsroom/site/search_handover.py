"""The page the search plugin reads: handed over without our article lists, given back after
(``newsroom.site.search_view``). ``NEWSROOM_SEARCH_VIEW=off`` hands over the whole page."""

from __future__ import annotations

import os

from newsroom.site.search_view import as_search_leaves_it, without_excluded_lists

SWITCH = "NEWSROOM_SEARCH_VIEW"


class SearchHandover:
    """Each page's full HTML while the search plugin reads the page without the lists."""

    def __init__(self) -> None:
        self._full: dict[str, str] = {}

    def hand_over(self, src_path: str, content: str | None, searching: bool) -> str | None:
        """What the search plugin reads of the page (``searching``: a search plugin reads it)."""
        if not searching or not content or os.environ.get(SWITCH) == "off":
            return content
        self._full[src_path] = content
        return without_excluded_lists(content)

    def give_back(self, src_path: str, content: str | None) -> str | None:
        """The page's HTML as the search plugin would have left it, with the lists."""
        full = self._full.pop(src_path, None)
        return content if full is None else as_search_leaves_it(full)
