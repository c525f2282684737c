"""What HTML an article may carry once rendered: an allow-list, applied with nh3.

The policy (README, "What HTML reaches readers"):
- Articles (``docs/news/**``) come from pasted text or many hands. Their rendered HTML keeps
  formatting, headings, lists, quotes, tables, code, figures, links (http, https, mailto and
  the site's own) and pictures, video and audio that are files of the site. Scripts, event
  attributes, ``style``, forms, frames and anything from another host are removed.
- Pages editors write outside ``news/`` (home, about, profiles, tag descriptions) are trusted:
  they may embed what they choose.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3

MEDIA_TAGS = {"video", "audio", "source", "track", "picture"}
ARTICLE_TAGS = (nh3.ALLOWED_TAGS | MEDIA_TAGS) - {"map", "area"}
GENERIC_ATTRIBUTES = {"class", "id", "title", "lang", "dir"}
ARTICLE_ATTRIBUTES = {
    **{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": GENERIC_ATTRIBUTES,
    "img": {"src", "alt", "width", "height", "loading"},
    "video": {"src", "poster", "controls", "width", "height", "preload", "muted", "loop", "playsinline"},
    "audio": {"src", "controls", "preload", "loop"},
    "source": {"src", "srcset", "type", "media"},
    "track": {"src", "kind", "srclang", "label", "default"},
    "a": {"href", "hreflang"},
    "time": {"datetime"},
}
LINK_SCHEMES = {"http", "https", "mailto"}
MEDIA_SOURCES = {"src", "srcset", "poster"}


def _is_local(url: str) -> bool:
    """A path of this site, read as a browser reads it: no scheme, no other host."""
    url = re.sub(r"[\t\n\r]", "", url).strip().replace("\\", "/")
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


def _keep(tag: str, attribute: str, value: str) -> str | None:
    """Media come from the site itself (readers' privacy); other attributes pass as nh3 allows."""
    if attribute == "srcset":
        candidates = [c.strip().split()[0] for c in value.split(",") if c.strip()]
        return value if candidates and all(_is_local(c) for c in candidates) else None
    if attribute in MEDIA_SOURCES and not _is_local(value):
        return None
    return value


_SETTINGS = {
    "tags": ARTICLE_TAGS,
    "attributes": ARTICLE_ATTRIBUTES,
    "url_schemes": LINK_SCHEMES,
    "attribute_filter": _keep,
    "link_rel": None,
    "strip_comments": True,
}
_CLEANER = nh3.Cleaner(**_SETTINGS) if hasattr(nh3, "Cleaner") else None
"""The allow-list made once (nh3 0.2.18 and later): ``nh3.clean`` reads its sets again on every call."""


def sanitize_article_html(html: str) -> str:
    """The article's rendered HTML with everything outside the allow-list removed."""
    return _CLEANER.clean(html) if _CLEANER is not None else nh3.clean(html, **_SETTINGS)
