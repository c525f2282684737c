"""The site's clock: which articles are out at a given moment, in the site's time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from newsroom.article import parse_article
from newsroom.site.authors import byline_names
from newsroom.site.catalog import load_catalog
from newsroom.site.clock import Clock, ClockError, is_published, site_zone

ALMATY = ZoneInfo("Asia/Almaty")  # UTC+5


def article(date: str, draft: bool = False) -> object:
    text = f"---\ntitle: A story\ndate: {date}\n{'draft: true' if draft else ''}\n---\n\nText.\n"
    return parse_article(text, "docs/news/2026/a-story.md", "news/2026/a-story.md")


@pytest.mark.parametrize(
    ("date", "now", "out"),
    [
        ("2026-12-01", "2026-11-30T23:59:59+05:00", False),  # a date alone: from the start of the day...
        ("2026-12-01", "2026-12-01T00:00:00+05:00", True),  # ...in the site's zone
        ("2026-12-01", "2026-11-30T19:00:00+00:00", True),  # (midnight in Almaty is 19:00 UTC)
        ("2026-12-01T09:00:00+05:00", "2026-12-01T08:59:59+05:00", False),
        ("2026-12-01T09:00:00+05:00", "2026-12-01T04:00:00+00:00", True),
        ("2026-12-01T09:00:00Z", "2026-12-01T13:59:00+05:00", False),  # a zone of its own wins
        ("2026-12-01T09:00", "2026-12-01T09:00:00+05:00", True),  # a time without a zone is the site's
        ("2026-12-01 09:00:00", "2026-12-01T08:30:00+05:00", False),
    ],
)
def test_an_article_is_out_from_its_date_and_time_in_the_sites_zone(date: str, now: str, out: bool) -> None:
    assert is_published(article(date), dt.datetime.fromisoformat(now), ALMATY) is out


def test_a_draft_is_never_out_nor_scheduled() -> None:
    clock = Clock(dt.datetime(2030, 1, 1, tzinfo=ALMATY), ALMATY)
    draft = article("2026-12-01", draft=True)
    assert not clock.is_published(draft) and not clock.is_scheduled(draft)


def test_the_zone_comes_from_the_sites_settings_with_almaty_by_default() -> None:
    assert site_zone(None).key == "Asia/Almaty" and site_zone({"newsroom": {"search": "pagefind"}}).key == "Asia/Almaty"
    assert site_zone({"newsroom": {"timezone": "Europe/Berlin"}}).key == "Europe/Berlin"
    with pytest.raises(ClockError, match=r"extra\.newsroom\.timezone: 'Almaty' is not a known time zone"):
        site_zone({"newsroom": {"timezone": "Almaty"}})


def test_now_is_fixed_by_the_environment_variable() -> None:
    clock = Clock.for_site(None, {"NEWSROOM_NOW": "2026-12-01T10:00"})
    assert clock.now == dt.datetime(2026, 12, 1, 10, 0, tzinfo=ALMATY)
    assert Clock.for_site(None, {}).now.tzinfo is not None  # the real time otherwise
    with pytest.raises(ClockError, match="NEWSROOM_NOW: 'soon' is not a date and time"):
        Clock.for_site(None, {"NEWSROOM_NOW": "soon"})


def test_the_catalog_publishes_what_is_out_and_schedules_the_rest(tmp_path) -> None:
    docs = tmp_path / "docs"
    for name, date in (("past", "2026-11-30"), ("future", "2026-12-01T09:00"), ("draft", "2027-01-01")):
        (docs / "news" / "2026").mkdir(parents=True, exist_ok=True)
        draft = "draft: true\n" if name == "draft" else ""
        text = f"---\ntitle: {name}\ndate: {date}\n{draft}---\n\nText.\n"
        (docs / "news" / "2026" / f"{name}.md").write_text(text, encoding="utf-8")
    paths = [f"news/2026/{name}.md" for name in ("past", "future", "draft")]
    clock = Clock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=ALMATY), ALMATY)
    catalog = load_catalog(docs, paths, "docs", clock)
    assert [a.title for a in catalog.published] == ["past"] and [a.title for a in catalog.scheduled] == ["future"]
    assert catalog.by_path["news/2026/future.md"].moment == dt.datetime(2026, 12, 1, 9, 0, tzinfo=ALMATY)


def test_a_byline_of_several_names_names_each() -> None:
    assert byline_names("Dana Yesimova and Marat Zhunusov") == [
        "Dana Yesimova and Marat Zhunusov",
        "Dana Yesimova",
        "Marat Zhunusov",
    ]
    assert byline_names("Дана Есимова и Марат Жунусов")[1:] == ["Дана Есимова", "Марат Жунусов"]
    assert byline_names("Kazinform") == ["Kazinform"] and byline_names(None) == [] and byline_names(" ") == []
