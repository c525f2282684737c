"""Work a build repeats across pages, done once: an article's feed items, its line in a list, a URL.

Memos remember only during a build, between ``begin()`` and ``forget()`` (the hooks call them
in ``on_files`` and ``on_post_build``): articles do not change during a build, but may between
two calls outside one (a script, a test), where every call computes afresh. ``forget()`` frees
what they hold, so a long ``mkdocs serve`` does not keep a build's fragments. A memo knows
its arguments by identity (``id``), the same articles and pictures all build long.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any, TypeVar
from urllib.parse import urljoin as _urljoin

LIMIT = 100_000
"""Entries a memo holds at most; past them it starts again (a process that never calls forget)."""
V = TypeVar("V")
VALUES = (str, int, float, type(None))
"""Arguments a memo knows by value (the others by identity)."""


class Memo(dict):
    """A dict of computed values, emptied by ``forget()``."""

    def call(self, make: Callable[..., V], *args: Any) -> V:
        """``make(*args)``, made once a build for the same arguments: strings and numbers by
        value, other objects by identity (kept with the entry, so that no other object takes
        their ``id`` meanwhile)."""
        key = tuple(arg if isinstance(arg, VALUES) else id(arg) for arg in args)
        return self.lookup(key, lambda: make(*args), args)

    def lookup(self, key: Hashable, make: Callable[[], V], keep: Any = None) -> V:
        """The value at ``key``, made by ``make()`` the first time in a build; ``keep``: the
        objects ``key`` names by ``id``, held as long as the entry."""
        if not _building:
            return make()
        found = self.get(key)
        if found is None:
            if len(self) >= LIMIT:
                self.clear()
            found = self[key] = (make(), keep)
        return found[0]


_memos: list[weakref.ref[Memo]] = []
_building = False


def memo() -> Memo:
    """A new memo, emptied with all the others by ``forget()``."""
    made = Memo()
    _memos.append(weakref.ref(made))
    return made


@lru_cache(maxsize=65536)
def urljoin(base: str, url: str) -> str:
    """``urllib.parse.urljoin``, once per pair (a site joins the same few thousand URLs again and again)."""
    return _urljoin(base, url)


def begin() -> None:
    """A build starts: memos remember from now on (afresh)."""
    global _building
    forget()
    _building = True


def forget() -> None:
    """A build ends: memos stop remembering and let go of what they hold."""
    global _building
    _building = False
    _memos[:] = [ref for ref in _memos if ref() is not None]  # a build's renderers' memos go with them
    for ref in _memos:
        if (each := ref()) is not None:
            each.clear()
    urljoin.cache_clear()
