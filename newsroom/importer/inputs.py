"""What the importer takes in besides raw text: saved web pages (``.html``, ``.htm``) and links.

The extractor (trafilatura) and the downloader (requests) are imported on first use: an import of
``.txt`` files never pays for loading them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsroom.article import Article
    from newsroom.importer.webpage import WebPage
    from newsroom.registry import Registry

PAGE_SUFFIXES = (".html", ".htm")


def is_link(value: object) -> bool:
    """An ``http://`` or ``https://`` address given where a file could be (any other scheme is a file name)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def is_web_page(path: Path) -> bool:
    return path.suffix.lower() in PAGE_SUFFIXES


def is_raw_file(path: Path, folder: Path) -> bool:
    """A file of a folder given to the importer: a ``.txt`` text or a saved page, not a file inside a
    saved page's ``*_files/`` folder (its pictures, scripts and frames)."""
    inside_page_files = any(part.endswith("_files") for part in path.relative_to(folder).parts[:-1])
    return not inside_page_files and (path.suffix.lower() == ".txt" or is_web_page(path))


def load_page(source: Path | str, allow_local: bool = False) -> WebPage:
    """The article of a saved page or of a link (downloaded); ValueError or OSError with the reason."""
    from newsroom.importer.fetch import FetchError, fetch
    from newsroom.importer.webpage import decode_page, read_page

    if is_link(source):
        try:
            download = fetch(str(source), allow_local=allow_local)
        except FetchError as error:  # the importer's message names the link already
            hop = "" if error.url == source else f"redirected to {error.url}: "
            raise ValueError(f"{hop}{error.reason}") from None
        page = read_page(decode_page(download.data, download.charset), url=download.url)
        page.url = download.url  # the address it was read from, not one the page claims
        return page
    path = Path(source)
    return read_page(decode_page(path.read_bytes()), page_path=path)


def complete_article(article: Article, page: WebPage, registry: Registry) -> Article:
    """``newsroom.importer.webpage.complete_article``: what only the page's metadata says."""
    from newsroom.importer.webpage import complete_article as complete

    return complete(article, page, registry)
