"""The site's files as ``newsroom.site.site_files.FileList`` sees them, kept in a dict for tests."""

from __future__ import annotations

from newsroom.site.site_files import SiteFile


class FileDict:
    """Docs paths to what they hold (``None``: an editor's file on disk)."""

    def __init__(self, *src_paths: str) -> None:
        self.files: dict[str, SiteFile | None] = dict.fromkeys(src_paths)

    def has(self, src_path: str) -> bool:
        return src_path in self.files

    def add(self, file: SiteFile) -> None:
        self.files[file.src_path] = file

    def remove(self, src_path: str) -> None:
        del self.files[src_path]
