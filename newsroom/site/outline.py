"""The outlines a preview's site key is made of: the navigation's and the shared pictures'.

Free of MkDocs types: a navigation item is anything with a ``title`` (a section also has a
list of ``children``; a page or link has ``url``).
"""

from __future__ import annotations

import os
from typing import Any

from newsroom.site.pictures import Pictures


def nav_outline(items: list[Any]) -> list[Any]:
    """The navigation's titles and addresses (an untitled page: a fresh key, so every page is built)."""
    outline: list[Any] = []
    for item in items:
        children = getattr(item, "children", None)
        if isinstance(children, list):
            outline.append([item.title, nav_outline(children)])
        else:
            title = item.title if item.title is not None else os.urandom(8).hex()
            outline.append([title, getattr(item, "url", None)])
    return outline


def shared_outline(pictures: Pictures) -> list[Any]:
    """What many pages show besides the articles' text: the pictures (a changed picture's thumbnails
    are in lists)."""
    by_src_path = pictures.by_src_path
    return [[src, [variant.path for variant in picture.webp]] for src, picture in sorted(by_src_path.items())]
