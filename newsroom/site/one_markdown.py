"""One Python-Markdown converter for all the pages of a build, reset between them.

MkDocs' ``Page.render`` makes a new ``markdown.Markdown`` for every page: every extension set up
again, every processor and pattern made and registered again (about a sixth of the time it spends
converting an article, and objects for the collector to sweep). Python-Markdown's own way to
convert many texts is one instance and ``reset()`` before each (its documentation: "Should be called
manually between calls to ``convert``"); its extensions clear their state there.

``install(pages_module)`` gives MkDocs' pages module (``mkdocs.structure.pages``) a ``markdown``
whose ``Markdown(extensions=..., extension_configs=...)`` hands back the instance of the page
before, reset, when the settings are the same; MkDocs then registers its per-page processors on it
as on a new one (each under its name, replacing the page before's, in the same order among equal
priorities), so every page is converted as before. Only with Python-Markdown's own extensions
(named, as MkDocs' configuration names them): another package's extension may keep state that
``reset()`` does not clear, and gets a new instance per page, as without this. A conversion that
fails, or a page converted while another is (a plugin converting from inside a conversion), gets
a new instance too. ``NEWSROOM_ONE_MARKDOWN=off``: MkDocs as it is. Nothing here imports MkDocs.
"""

from __future__ import annotations

import copy
import os
import types
from collections.abc import Callable
from typing import Any

import markdown

BUILT_IN = frozenset(
    "abbr admonition attr_list codehilite def_list extra fenced_code footnotes legacy_attrs legacy_em"
    " md_in_html meta nl2br sane_lists smarty tables toc wikilinks".split()
)
"""Python-Markdown's own extensions (by the names MkDocs' configuration gives them)."""
PREFIX = "markdown.extensions."
SWITCH = "NEWSROOM_ONE_MARKDOWN"


def built_in(name: Any) -> bool:
    """Whether an extension, as a configuration names it, is one of Python-Markdown's own."""
    return isinstance(name, str) and name.removeprefix(PREFIX) in BUILT_IN


class OneMarkdown:
    """``markdown.Markdown(extensions=..., extension_configs=...)``, one instance reused while the
    settings stay the same (``reused`` counts the pages that got it)."""

    def __init__(self, make: Callable[..., Any] = markdown.Markdown) -> None:
        self.make = make
        self._settings: tuple[list[Any], dict[str, Any]] | None = None
        self._instance: Any = None
        self._converting = False
        self.reused = 0

    def __call__(self, *args: Any, **settings: Any) -> Any:
        extensions, configs = settings.get("extensions", []), settings.get("extension_configs") or {}
        if args or set(settings) - {"extensions", "extension_configs"} or not all(map(built_in, extensions)):
            return self.make(*args, **settings)
        if self._converting or not isinstance(configs, dict) or not isinstance(extensions, list):
            return self.make(*args, **settings)
        if self._instance is not None and self._settings == (extensions, configs):
            self.reused += 1
            return self._instance.reset()
        self._instance = None
        instance = self.make(**settings)
        self._settings = (list(extensions), copy.deepcopy(configs))
        self._instance = self._watched(instance)
        return instance

    def _watched(self, instance: Any) -> Any:
        """The instance, its ``convert`` telling when it runs; one that failed is not used again."""
        convert = instance.convert

        def converting(source: str) -> str:
            self._converting = True
            try:
                return convert(source)
            except BaseException:
                self._instance = None
                raise
            finally:
                self._converting = False

        instance.convert = converting
        return instance


class _MarkdownModule(types.ModuleType):
    """The ``markdown`` package as a module sees it, but for ``Markdown``."""

    def __init__(self, converters: OneMarkdown) -> None:
        super().__init__(markdown.__name__, markdown.__doc__)
        self.Markdown = converters

    def __getattr__(self, name: str) -> Any:
        return getattr(markdown, name)


def install(namespace: Any) -> OneMarkdown | None:
    """Give a module that imported ``markdown`` (MkDocs' ``mkdocs.structure.pages``) one converter
    for its pages; None when it has no ``markdown`` of its own (left alone). Installed once."""
    current = getattr(namespace, "markdown", None)
    if os.environ.get(SWITCH, "").lower() == "off":
        return None
    if isinstance(current, _MarkdownModule):
        return current.Markdown
    if current is not markdown:
        return None
    converters = OneMarkdown()
    namespace.markdown = _MarkdownModule(converters)
    return converters
