"""The preview's server (MkDocs' live-reload server, seen only through its attributes): what it
watches besides the docs, its rebuilds without cleaning the site folder, its quicker watchers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from newsroom.site import incremental, watching


def watch_folders(server: Any, folders: Iterable[Path]) -> None:
    """Watch these folders too (those that exist): the registry, the theme's overrides."""
    for folder in folders:
        if folder.is_dir():
            server.watch(str(folder))


def rebuild_dirty(server: Any, builder: Callable[..., None], pause: Callable[[], AbstractContextManager[Any]]) -> None:
    """Have the server's rebuilds skip cleaning the site folder (MkDocs' ``dirty`` build; the pages to
    build again are chosen by the preview's plan), its watchers waiting and ``pause`` held meanwhile."""
    build = getattr(builder, "__globals__", {}).get("build")
    if not callable(build) or getattr(build, "newsroom_dirty", False):
        return

    def dirty_build(config: Any, *, serve_url: str | None = None, dirty: bool = False) -> None:
        with incremental.watchers_waiting(getattr(server, "observer", None)), pause():
            build(config, serve_url=serve_url, dirty=True)

    dirty_build.newsroom_dirty = True  # type: ignore[attr-defined]
    builder.__globals__["build"] = dirty_build
    logging.getLogger("mkdocs.commands.build").addFilter(incremental.not_the_dirty_build_warning)


def quicken(server: Any, docs_dir: Path | None = None) -> None:
    """Folders watched by the kernel's notifications (``newsroom.site.watching``), watchers that look
    more often where they poll, a build that waits less for more changes."""
    if docs_dir is not None:
        watching.take_over(server, docs_dir)
    incremental.poll_sooner(getattr(server, "observer", None), incremental.PREVIEW_POLL_SECONDS)
    incremental.settle_sooner(server, incremental.PREVIEW_SETTLE_SECONDS)
