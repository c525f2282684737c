"""An article's notes: under its header the embargo banner and its update; after its text its corrections."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from newsroom.article import Article, Correction
from newsroom.site.clock import Clock
from newsroom.site.notes import corrections_note, notes_above, scheduled_note, updated_note

ALMATY = ZoneInfo("Asia/Almaty")
HOSTILE = "<script>alert(1)</script>"


def story(**fields: object) -> Article:
    return Article(title="A story", date=dt.date(2026, 12, 1), src_path="news/2026/a-story.md", **fields)


def test_an_article_without_update_or_corrections_has_no_note() -> None:
    assert corrections_note(story()) == "" and updated_note(story()) == ""


def test_an_update_alone_is_a_dated_line_above_the_text_without_a_corrections_note() -> None:
    article = story(updated=dt.date(2026, 12, 3))
    assert 'Updated <time datetime="2026-12-03">3 December 2026</time>' in notes_above(article, None)
    assert corrections_note(article) == ""


def test_a_corrections_text_stays_text() -> None:
    note = corrections_note(story(corrections=[Correction(dt.date(2026, 12, 2), HOSTILE)]))
    assert "<script" not in note and "&lt;script&gt;alert(1)&lt;/script&gt;" in note
    assert '<time datetime="2026-12-02">2 December 2026</time>' in note


def test_the_banner_shows_only_before_the_release_in_the_sites_zone() -> None:
    article = story(moment=dt.datetime(2026, 12, 1, 4, 0, tzinfo=dt.UTC))  # 09:00 in Almaty
    before = Clock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=ALMATY), ALMATY)
    assert "Scheduled for 1 December 2026, 09:00 (Asia/Almaty)" in scheduled_note(article, before)
    after = Clock(dt.datetime(2026, 12, 1, 9, 0, tzinfo=ALMATY), ALMATY)
    assert scheduled_note(article, after) == "" and notes_above(article, after) == ""
    assert scheduled_note(article, None) == ""
