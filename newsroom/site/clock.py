"""The site's clock: its time zone, what time it is, and which articles are out.

An article whose ``date`` is still in the future is scheduled (under embargo): no page in a
build, in no list, feed, sitemap or search index. A date without a time is the start of that
day in the site's time zone (``extra.newsroom.timezone`` in mkdocs.yml, Asia/Almaty by default).
Tests and previews fix "now" with the environment variable NEWSROOM_NOW
(``NEWSROOM_NOW=2026-12-01T10:00:00+05:00``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsroom.article import Article

DEFAULT_TIMEZONE = "Asia/Almaty"
NOW_VARIABLE = "NEWSROOM_NOW"
TIMEZONE_SETTING = "extra.newsroom.timezone"


class ClockError(ValueError):
    """The site's time zone or the fixed "now" cannot be read (the message says which and why)."""


def zone_named(name: object) -> ZoneInfo:
    """The IANA time zone ``name`` (``Asia/Almaty``); a ClockError naming the setting otherwise."""
    if not isinstance(name, str) or not name.strip():
        raise ClockError(f"mkdocs.yml: {TIMEZONE_SETTING}: {name!r} is not a time zone name (like {DEFAULT_TIMEZONE})")
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ClockError(
            f"mkdocs.yml: {TIMEZONE_SETTING}: {name!r} is not a known time zone (like {DEFAULT_TIMEZONE})"
        ) from None


def site_zone(extra: Mapping[str, object] | None) -> ZoneInfo:
    """The time zone of a site from mkdocs.yml's ``extra`` (``newsroom: {timezone: ...}``)."""
    settings = (extra or {}).get("newsroom") or {}
    name = settings.get("timezone", DEFAULT_TIMEZONE) if isinstance(settings, Mapping) else DEFAULT_TIMEZONE
    return zone_named(name)


def fixed_now(zone: ZoneInfo, environ: Mapping[str, str] | None = None) -> dt.datetime | None:
    """The moment NEWSROOM_NOW fixes (a time without a zone is in the site's), or None when unset."""
    text = (os.environ if environ is None else environ).get(NOW_VARIABLE, "").strip()
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ClockError(f"{NOW_VARIABLE}: {text!r} is not a date and time (like 2026-12-01T10:00:00+05:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


@dataclass(frozen=True)
class Clock:
    """What time it is for one build, in the site's time zone."""

    now: dt.datetime
    zone: ZoneInfo

    @classmethod
    def for_site(cls, extra: Mapping[str, object] | None = None, environ: Mapping[str, str] | None = None) -> Clock:
        """The site's zone; now, or the moment NEWSROOM_NOW fixes."""
        zone = site_zone(extra)
        return cls(fixed_now(zone, environ) or dt.datetime.now(zone), zone)

    def release(self, article: Article) -> dt.datetime:
        """When the article goes out: its date and time, or the start of its day in the site's zone."""
        return release_time(article, self.zone)

    def is_published(self, article: Article) -> bool:
        """Neither a draft nor under embargo."""
        return not article.draft and self.release(article) <= self.now

    def is_scheduled(self, article: Article) -> bool:
        """Not a draft, and dated in the future."""
        return not article.draft and self.release(article) > self.now


def release_time(article: Article, zone: ZoneInfo) -> dt.datetime:
    """The article's publication moment: ``date`` with its time and zone, the zone being the site's
    when it has none, and a date alone the start of that day."""
    moment = article.moment or dt.datetime.combine(article.date, dt.time(0, 0))
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def is_published(article: Article, now: dt.datetime, zone: ZoneInfo | None = None) -> bool:
    """Whether ``article`` is out at ``now`` (neither a draft nor dated after ``now``)."""
    return Clock(now, zone or ZoneInfo(DEFAULT_TIMEZONE)).is_published(article)
