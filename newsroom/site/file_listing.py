"""Under serve: MkDocs' list of the docs folder's files, made again only when its files or the
settings it reads changed.

Every build, MkDocs walks ``docs/`` and makes an object for each file (its paths, URL, output file,
whether it is excluded): at 5,000 articles a tenth of a preview rebuild, though a save changes a
file's content, not the list. ``FileListing`` walks the folder (a few milliseconds) and, when the
same files are there under the same settings, gives fresh copies of the objects the last full
listing made: what MkDocs' own listing would give (its objects hold names, not content).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Mapping
from typing import Any

SETTINGS = ("docs_dir", "site_dir", "use_directory_urls", "exclude_docs", "draft_docs", "not_in_nav")
"""What MkDocs' listing reads of the configuration (the patterns compare by their text)."""

WORKED_OUT = ("url", "abs_src_path", "abs_dest_path", "name")
"""What MkDocs works out once per file object (from its names and settings alone)."""


def folder_listing(folder: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every file name under ``folder``, by folder (links followed, as MkDocs walks it)."""
    found = []
    for path, _, names in os.walk(folder, followlinks=True):
        found.append((path, tuple(sorted(names))))
    return tuple(sorted(found))


class FileListing:
    """MkDocs' ``get_files`` remembered across a server's builds (see the module's text)."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._made: type | None = None
        self._files: list[Any] = []
        self.reused = 0
        """How many builds got copies (for tests)."""

    def install(self, build_module: Any) -> None:
        """Have ``build_module`` (MkDocs' ``commands.build``) list the files through this."""
        original = getattr(build_module, "get_files", None)
        if not callable(original) or getattr(original, "newsroom_listing", False):
            return

        def get_files(config: Mapping[str, Any]) -> Any:
            return self.files(config, original)

        get_files.newsroom_listing = True  # type: ignore[attr-defined]
        build_module.get_files = get_files

    def files(self, config: Mapping[str, Any], make: Callable[[Mapping[str, Any]], Any]) -> Any:
        """``make(config)``, or copies of what it made last time when nothing it reads changed."""
        key = (*(config.get(name) for name in SETTINGS), folder_listing(config["docs_dir"]))
        if key == self._key and self._made is not None:
            self.reused += 1
            return self._made(copy.copy(file) for file in self._files)
        self._key = None
        made = make(config)
        self._files = [copy.copy(file) for file in made]  # kept apart from the objects the build changes
        for file in self._files:  # what each build asks of every file, worked out once (MkDocs caches it)
            for name in WORKED_OUT:
                getattr(file, name, None)
        self._made, self._key = type(made), key
        return made
