"""Atomic file writes: a reader or a crash never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _temporary_copy(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (write a temporary file, then rename)."""
    temporary = _temporary_copy(path, text)
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
