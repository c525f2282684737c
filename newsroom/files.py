"""Atomic file writes: a reader or a crash never sees half a file."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

_names = itertools.count()
"""Temporary files are named by process and number: no two writes of one process share a name,
and a name some other process holds is skipped (``O_EXCL``)."""
_NEW_FILE_MODE = 0o666
"""What a new file gets, less the umask (the mode ``open()`` gives): readable by a web server and
GitHub Pages' upload (``mkstemp`` would make it readable by its owner only)."""
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _open_temporary(path: Path) -> tuple[int, Path]:
    for _ in range(1000):
        name = path.parent / f".{path.name}.{os.getpid()}-{next(_names)}.tmp"
        try:
            return os.open(name, _NEW_FILE_FLAGS, _NEW_FILE_MODE), name
        except FileExistsError:
            continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
    raise FileExistsError(f"{path}: no free temporary name beside it")


def _temporary_copy(path: Path, text: str | bytes, durable: bool = True) -> Path:
    """A new file beside ``path`` holding ``text``, with the mode ``path`` has (or a new file's)."""
    try:
        mode: int | None = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    fd, name = _open_temporary(path)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        binary = isinstance(text, bytes)
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def write_atomic(path: Path, text: str | bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``text`` (or bytes: a picture) in one step (write a temporary file, then rename).

    ``durable`` waits until the data is on disk (an editor's work); caches need not.
    """
    temporary = _temporary_copy(path, text, durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_atomic(path: Path, text: str) -> None:
    """Write ``path`` complete in one step; FileExistsError if it exists already."""
    temporary = _temporary_copy(path, text)
    try:
        os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_if_changed(path: Path, text: str, durable: bool = True) -> bool:
    """Write ``text`` atomically unless ``path`` holds it already; True when written.

    Unchanged files keep their modification time, so ``mkdocs build --dirty`` skips them.
    """
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_atomic(path, text, durable)
    return True


def write_new(path: Path, text: str, durable: bool = True) -> bool:
    """``write_if_changed`` where ``path`` cannot hold ``text`` yet (a folder emptied for a build):
    written atomically without reading it first; True."""
    write_atomic(path, text, durable)
    return True


def file_stamp(path: Path) -> tuple[int, int, int, int]:
    """What tells that a file may have changed without reading it: size, modification and change
    times, inode. (A copy that keeps the size and the modification time still gets a new change
    time or inode.) Raises OSError when the file cannot be read."""
    status = path.stat()
    return status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino
