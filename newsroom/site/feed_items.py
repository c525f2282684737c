"""Feeds put together from their channel and their items, each item serialised once a build.

An article is in the site's feed and in the feed of each of its tags and people: feedgen (RSS)
and ``json.dumps`` (JSON Feed) would serialise its item again for every one of them. Here
feedgen serialises the channel alone, and each item once (in a one-item feed of the same
namespaces, cut out of it); the feed is the channel with its items put before ``</channel>``,
where feedgen puts them, with the same indentation. A JSON Feed's items are likewise serialised
once and indented as ``json.dumps`` indents them in the list. The same bytes either way (tests
compare them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsroom.site.memo import memo

if TYPE_CHECKING:  # loaded where feeds are written (newsroom.site.feeds)
    from feedgen.entry import FeedEntry
    from feedgen.feed import FeedGenerator

_CHANNEL_END = b"  </channel>\n"
_ITEM_START = b"    <item>"
_ITEM_END = b"</item>\n"


def rss_with_items(channel: FeedGenerator, entries: Iterable[FeedEntry]) -> bytes:
    """The RSS of ``channel`` (a generator without entries) with ``entries``, in this order."""
    document = channel.rss_str(pretty=True)
    entries = list(entries)
    made = _item_texts_together([entry for entry in entries if (id(entry),) not in _item_texts])
    items = b"".join(
        _item_texts.lookup((id(entry),), lambda e=entry: _made_or_now(made, e), (entry,)) for entry in entries
    )
    if not items:
        return document
    end = document.rindex(_CHANNEL_END)
    return document[:end] + items + document[end:]


def _made_or_now(made: dict[int, bytes], entry: FeedEntry) -> bytes:
    """The entry's item made with the others, or made now (the memo may have let go of it meanwhile)."""
    return made[id(entry)] if id(entry) in made else _item_texts_together([entry])[id(entry)]


_item_texts = memo()
"""By entry (the same entry objects all build long, ``newsroom.site.feeds``): its serialised item."""


def _item_texts_together(entries: list[FeedEntry]) -> dict[int, bytes]:
    """By entry's ``id``: its serialised item, as a one-item feed has it; all in one feed (each item
    is serialised alone, its text escaped: no ``<item>`` in it but its own)."""
    if not entries:
        return {}
    from feedgen.feed import FeedGenerator

    together = FeedGenerator()
    together.title("-")
    together.link(href="https://example.org/")
    together.description("-")
    for entry in dict.fromkeys(entries):
        together.add_entry(entry, order="append")
    document = together.rss_str(pretty=True)
    ends = [end + len(_ITEM_END) for end in _all(document, _ITEM_END)]
    starts = list(_all(document, _ITEM_START))
    assert len(starts) == len(ends) == len(together.entry())
    return {id(entry): document[start:end] for entry, start, end in zip(together.entry(), starts, ends, strict=True)}


def _all(document: bytes, part: bytes) -> Iterator[int]:
    at = document.find(part)
    while at != -1:
        yield at
        at = document.find(part, at + 1)


JSON_INDENT = 1


def json_with_items(document: dict[str, Any], items: list[dict[str, Any]]) -> str:
    """``json.dumps(document | {"items": items}, ensure_ascii=False, indent=1)``, each item
    serialised once a build (``items`` is the document's last key)."""
    text = json.dumps(document | {"items": []}, ensure_ascii=False, indent=JSON_INDENT)
    if not items:
        return text
    end = text.rindex('"items": []') + len('"items": [')
    inner = f",\n{'  '}".join(_json_texts.call(_json_text, item) for item in items)
    return f"{text[:end]}\n  {inner}\n {text[end:]}"


_json_texts = memo()


def _json_text(item: dict[str, Any]) -> str:
    """The item as ``json.dumps`` writes it two levels deep (in the document's list of items)."""
    return json.dumps(item, ensure_ascii=False, indent=JSON_INDENT).replace("\n", "\n  ")
