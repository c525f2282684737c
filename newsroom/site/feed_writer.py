"""The feeds' files: written one by one (so that none waits in memory), under a preview only those
whose key changed since the server's last build."""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from pathlib import Path
from typing import Any

from newsroom.site.feeds import Feed, json_feed, rss

Write = Callable[..., Any]
"""How a file is written (``newsroom.files.write_new`` or ``write_if_changed``)."""


def write_feeds(
    feeds: Iterable[Feed],
    site_dir: Path,
    site_url: str,
    picture_for: Callable[..., Any],
    write: Write,
    written: MutableMapping[str, Any] | None = None,
    key_of: Callable[[Feed], Any] | None = None,
) -> None:
    """Each feed's RSS and JSON files; a feed whose key is in ``written`` (and whose file is there) is skipped,
    the keys of those written are added to it."""
    written = {} if written is None else written
    for feed in feeds:
        key = key_of(feed) if key_of is not None else None
        if key is not None and written.get(feed.page_url) == key and (site_dir / feed.rss_path).is_file():
            continue  # unchanged since the last build of this server
        rss_text = rss(feed, site_url, picture_for).decode("utf-8")
        write(site_dir / feed.rss_path, rss_text, durable=False)
        json_text = json_feed(feed, site_url, picture_for)
        write(site_dir / feed.json_path, json_text, durable=False)
        written[feed.page_url] = key
