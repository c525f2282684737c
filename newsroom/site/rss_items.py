"""An RSS feed put together from its channel and its items, each item serialised once a build.

An article is in the site's feed and in the feed of each of its tags and people: feedgen would
build and serialise its ``<item>`` again for every one of them. Here feedgen serialises the
channel alone, and each item once (in a one-item feed of the same namespaces, cut out of it);
the feed is the channel with its items put before ``</channel>``, where feedgen puts them, with
the same indentation: the same bytes as feedgen's (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from newsroom.site.memo import memo

_CHANNEL_END = b"  </channel>\n"
_ITEM_START = b"    <item>"
_ITEM_END = b"</item>\n"


def rss_with_items(channel: FeedGenerator, entries: Iterable[FeedEntry]) -> bytes:
    """The RSS of ``channel`` (a generator without entries) with ``entries``, in this order."""
    document = channel.rss_str(pretty=True)
    items = b"".join(_item_texts.call(_item_text, entry) for entry in entries)
    if not items:
        return document
    end = document.rindex(_CHANNEL_END)
    return document[:end] + items + document[end:]


_item_texts = memo()
"""By entry (the same entry objects all build long, ``newsroom.site.feeds``): its serialised item."""


def _item_text(entry: FeedEntry) -> bytes:
    alone = FeedGenerator()
    alone.title("-")
    alone.link(href="https://example.org/")
    alone.description("-")
    alone.add_entry(entry)
    document = alone.rss_str(pretty=True)
    start = document.index(_ITEM_START)
    return document[start : document.rindex(_ITEM_END) + len(_ITEM_END)]
