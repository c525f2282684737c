"""Work a clean build does beside MkDocs' page loop: a forked process on a second core.

A clean ``mkdocs build`` (MkDocs emptied the site folder) knows every feed once the articles are
read (``on_files``), and no page's HTML goes into a feed; so their text is made and written by a
child process while MkDocs converts and writes the pages, and the build waits for it at the end
(``on_post_build``). The child first makes the folders of the pages MkDocs will write (a new
folder costs the file system about 0.4 ms here, a folder already there next to nothing: MkDocs
makes each page's folder if it is not there), the folders MkDocs does not reach first.
The child starts from a copy of the build's memory (``os.fork``) and leaves by ``os._exit``: it
touches nothing the build holds open (the build cache's file) and runs no exit handler of the
build. Whenever it cannot run (no ``fork``, threads running, a failure in the child), ``finish``
says so and the build does the work itself, so the site is the same.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.newsroom")

_MESSAGE_BYTES = 4096
SWITCH = "NEWSROOM_SIDE_PROCESS"
"""``NEWSROOM_SIDE_PROCESS=off``: the build does all its work in its own process."""


class SideProcess:
    """One piece of work run in a forked child: ``start`` it, ``finish`` waits for it."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._pipe: int | None = None

    def start(self, work: Callable[[], None]) -> bool:
        """Run ``work()`` in a child process; False when it cannot be (the caller then does it itself)."""
        self.stop()
        if os.environ.get(SWITCH, "").lower() == "off" or not hasattr(os, "fork"):
            return False
        if threading.active_count() > 1:  # fork copies one thread only
            return False
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: do the work, say what went wrong, leave without the parent's exit handlers
            os.close(read)
            status = 0
            try:
                work()
            except BaseException as error:  # told to the parent, which does the work again
                status = 1
                os.write(write, f"{type(error).__name__}: {error}".encode()[:_MESSAGE_BYTES])
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._pipe = pid, read
        return True

    def finish(self) -> bool:
        """Wait for the work; True when it was done in full, False when it was not started or failed."""
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        if pid is None or pipe is None:
            return False
        try:
            message = os.read(pipe, _MESSAGE_BYTES).decode("utf-8", "replace")
        finally:
            os.close(pipe)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) == 0 and not message:
            return True
        log.info(f"newsroom: the side process failed ({message or f'status {status}'}); the build does its work")
        return False

    def stop(self) -> None:
        """End a child still running (a build that failed) and wait for it."""
        pid, pipe = self._pid, self._pipe
        self._pid = self._pipe = None
        if pipe is not None:
            os.close(pipe)
        if pid is not None:
            try:
                os.kill(pid, 15)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def make_folders(folders: Iterable[Path]) -> None:
    """Make each of ``folders`` that is not there yet, parents first."""
    for folder in sorted(set(folders)):
        os.makedirs(folder, exist_ok=True)
