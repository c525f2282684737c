"""The preview's file watcher: the kernel tells it about saved files (inotify), it does not look.

MkDocs' server looks for changes with watchdog's polling observer: every look stats every file of
``docs/`` (5,000 articles: tens of milliseconds of Python holding the interpreter's lock, four times a
second), and a save waits for the next look. ``PreviewObserver`` is that polling observer for single
files (``mkdocs.yml``: an editor's save replaces the file, which a notification on it would lose),
and hands folders to watchdog's inotify observer, whose events come as a file is saved. Where
inotify is missing (another system, or the kernel's limits reached) folders are polled, as before.

What reaches MkDocs' handler is what changes a build: files created, written, deleted or moved
(never a file opened or read, which every build does); a folder deleted or moved away, as a change
(watchdog reports it as the folder's only event, which MkDocs ignores); not the hidden files in
``docs/`` (a save's temporary file ``.name.tmp``, an editor's swap or lock file: MkDocs leaves hidden
files out of the site unless ``exclude_docs`` takes them back, and then the next build has them), so
that a save by rename is one event, not three spread over its ``fsync``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.hooks.newsroom")

CHANGES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
"""The events asked of inotify: changes only (an open or a read, which a build does, is not one)."""


def hidden_below(root: Path) -> Callable[[str], bool]:
    """Whether a path is a hidden file below ``root`` (its name starts with a dot, as MkDocs' default
    ``exclude_docs`` pattern ``.*`` leaves it out of the site)."""
    base = os.path.abspath(root)

    def hidden(path: str) -> bool:
        path = os.path.abspath(path)
        return os.path.basename(path).startswith(".") and path.startswith(base + os.sep)

    return hidden


class ChangesOnly(FileSystemEventHandler):
    """Hands ``handler`` the events that change a build (see the module's text)."""

    def __init__(self, handler: FileSystemEventHandler, quiet: Callable[[str], bool]) -> None:
        super().__init__()
        self.handler, self.quiet = handler, quiet

    def dispatch(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            if not isinstance(event, (DirDeletedEvent, DirMovedEvent)):
                return
            event = FileDeletedEvent(event.src_path)  # its files are gone: MkDocs ignores folders' events
        paths = [os.fsdecode(p) for p in (event.src_path, event.dest_path) if p]
        if paths and all(self.quiet(path) for path in paths):
            return
        self.handler.dispatch(event)


def _native_observer(timeout: float) -> BaseObserver | None:
    """Watchdog's inotify observer, or None where there is none (another system, no inotify left)."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except Exception:  # not Linux, or no inotify in its C library: polled
        return None
    try:
        return InotifyObserver(timeout=timeout)
    except OSError as error:
        log.info(f"newsroom: inotify unavailable ({error.strerror or error})")
        return None


class PreviewObserver(PollingObserver):
    """A polling observer (as MkDocs' server makes) whose folders are watched by inotify when it
    can: same methods, so the server schedules, starts and stops it as its own."""

    def __init__(self, timeout: float = 0.5, quiet: Callable[[str], bool] = lambda path: False) -> None:
        super().__init__(timeout=timeout)
        self.quiet = quiet
        self.native = _native_observer(timeout)
        self._native_watches: dict[ObservedWatch, tuple[ObservedWatch, FileSystemEventHandler]] = {}
        """By the watch given to the caller: inotify's, with its handler."""
        self._guard = threading.RLock()

    @property
    def notified(self) -> bool:
        """Whether folders are watched by inotify (not polled)."""
        return self.native is not None

    def schedule(
        self,
        event_handler: FileSystemEventHandler,
        path: str | Path,
        *,
        recursive: bool = False,
        event_filter: list[type[FileSystemEvent]] | None = None,
        follow_symlink: bool = False,
    ) -> ObservedWatch:
        handler = ChangesOnly(event_handler, self.quiet)
        with self._guard:
            if self.native is None or not os.path.isdir(path):
                return super().schedule(handler, path, recursive=recursive, event_filter=event_filter)
            watch = self.native.schedule(handler, path, recursive=recursive, event_filter=CHANGES)
            given = ObservedWatch(path, recursive=recursive, event_filter=event_filter)
            self._native_watches[given] = (watch, handler)
            return given

    def unschedule(self, watch: ObservedWatch) -> None:
        with self._guard:
            found = self._native_watches.pop(watch, None)
            if found is None:
                super().unschedule(watch)
            elif self.native is not None:
                self.native.unschedule(found[0])

    def start(self) -> None:
        with self._guard:
            if self.native is not None:
                try:
                    self.native.start()
                except OSError as error:  # no inotify watch left: these folders are polled
                    log.info(f"newsroom: folders polled for changes (inotify: {error.strerror or error})")
                    self._poll_the_folders()
        super().start()

    def _poll_the_folders(self) -> None:
        native, self.native = self.native, None
        if native is not None:
            with contextlib.suppress(OSError, RuntimeError):
                native.stop()  # its watchers, and its reading thread
        watches, self._native_watches = self._native_watches, {}
        for given, (_, handler) in watches.items():
            super().schedule(handler, given.path, recursive=given.is_recursive, event_filter=given.event_filter)

    def stop(self) -> None:
        if self.native is not None:  # started or not: its reading thread runs from the start
            self.native.stop()
        super().stop()

    def join(self, timeout: float | None = None) -> None:
        if self.native is not None and self.native.is_alive():
            self.native.join(timeout)
        super().join(timeout)

    @property
    def emitters(self) -> set[Any]:
        """Every watcher: the polling ones and inotify's."""
        native = self.native.emitters if self.native is not None else set()
        return set(super().emitters) | set(native)


def take_over(server: Any, docs_dir: Path) -> PreviewObserver | None:
    """Give MkDocs' live-reload server a ``PreviewObserver`` in place of its polling observer, the
    paths it watches already (``docs/``, ``mkdocs.yml``) moved over with their handlers. Left as it is
    when the server is not as expected (already watching, or another observer)."""
    old = getattr(server, "observer", None)
    handlers = getattr(old, "_handlers", None)
    if type(old) is not PollingObserver or old.is_alive() or not isinstance(handlers, dict):
        return None
    observer = PreviewObserver(old.timeout, hidden_below(docs_dir))
    for watch, watch_handlers in list(handlers.items()):
        for handler in list(watch_handlers):
            observer.schedule(handler, watch.path, recursive=watch.is_recursive)
    old.unschedule_all()
    server.observer = observer
    how = "inotify tells of changes to folders" if observer.notified else "folders polled for changes"
    log.info(f"newsroom: {how}")
    return observer
