"""An article's topics come after its text, most named first (``newsroom.site.topics``): names are
counted in the title and text in any spelling the registry knows and in any Russian case; equal
counts go A-Z; past six names of a kind the rest wait behind a "N more" control without script.
A built article page shows the date line and picture, then the story, then the topics, then the
related articles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from newsroom.article import Article
from newsroom.registry import Entry, Registry, Vocabulary
from newsroom.site.indexes import build_index
from newsroom.site.labels import Labels
from newsroom.site.render import chip_rows
from newsroom.site.topics import by_importance, mention_counts, plain_text, short_forms, topics_section
from tests.helpers import mkdocs_build


def article(body: str, title: str = "Invented story", **names: list[str]) -> Article:
    return Article(title=title, date=dt.date(2024, 4, 21), body=body, src_path="news/2024/story.md", **names)


def test_names_are_ordered_by_how_often_the_text_names_them_in_any_russian_case() -> None:
    story = article(
        "Айгерим Сапарова открыла центр. По словам Сапаровой, Болат Ермеков поможет. Сапаровой помогут.",
        people=["Болат Ермеков", "Айгерим Сапарова"],
    )
    assert by_importance(story)["people"] == ["Айгерим Сапарова", "Болат Ермеков"]


def test_equal_counts_and_names_the_text_never_uses_go_a_to_z() -> None:
    story = article("Шымкент и Кентау.", places=["Шымкент", "Кентау", "Арысь", "Астана"])
    assert by_importance(story)["places"] == ["Кентау", "Шымкент", "Арысь", "Астана"]


def test_an_inflected_organization_name_counts_for_the_organization() -> None:
    names = ["Казахстанская национальная федерация клубов ЮНЕСКО", "Ассоциация школьных театров"]
    text = (
        "Центр создан Казахстанской национальной федерацией клубов ЮНЕСКО. Ассоциация школьных театров "
        "поддержала Казахстанскую национальную федерацию клубов ЮНЕСКО."
    )
    counts = mention_counts({"organizations": names}, text)
    assert counts["organizations", names[0]] == 2 and counts["organizations", names[1]] == 1
    assert by_importance(article(text, organizations=sorted(names)))["organizations"] == names


def test_the_longest_name_wins_a_mention_even_across_kinds() -> None:
    text = "В Туркестанской области и в Туркестанской области; Туркестанский центр образования; в Туркестане."
    names = {"places": ["Туркестан", "Туркестанская область"], "organizations": ["Туркестанский центр образования"]}
    counts = mention_counts(names, text)
    assert counts["places", "Туркестанская область"] == 2
    assert counts["places", "Туркестан"] == 1
    assert counts["organizations", "Туркестанский центр образования"] == 1


def test_the_registrys_spellings_count_for_the_name() -> None:
    registry = Registry(organizations=Vocabulary([Entry("UNESCO", ("ЮНЕСКО",))]))
    story = article("ЮНЕСКО и ЮНЕСКО; Альфа-клуб.", organizations=["Альфа-клуб", "UNESCO"])
    index = build_index([story], registry)
    assert index.spellings("organizations", "UNESCO") == ("UNESCO", "ЮНЕСКО")
    assert by_importance(story)["organizations"] == ["Альфа-клуб", "UNESCO"]  # without the registry: A-Z
    assert by_importance(story, index.spellings)["organizations"] == ["UNESCO", "Альфа-клуб"]


def test_tags_match_in_any_case_and_latin_abbreviations_only_as_written() -> None:
    registry = Registry(tags=Vocabulary([Entry("youth", ("молодёжь",))], ignore_case=True))
    story = article(
        "Молодёжь и молодёжи. Who knows who? WHO помогла.",
        tags=["culture", "youth"],
        organizations=["WHO", "Zeta"],
    )
    index = build_index([story], registry)
    counts = mention_counts({"tags": story.tags, "organizations": story.organizations}, story.body, index.spellings)
    assert counts["tags", "youth"] == 2 and counts["organizations", "WHO"] == 1
    assert by_importance(story, index.spellings)["tags"] == ["youth", "culture"]


def test_a_surname_names_a_person_and_a_quoted_name_its_organization() -> None:
    assert short_forms("people", "Айгерим Сапарова") == ["Сапарова"]
    assert short_forms("organizations", "Фонд развития библиотек «Жарық»") == ["Жарық"]
    assert short_forms("places", "Туркестанская область") == []
    story = article(
        "Фонд развития библиотек «Жарық» помог. «Жарық» передал книги. Альфа-клуб тоже.",
        organizations=["Альфа-клуб", "Фонд развития библиотек «Жарық»"],
    )
    assert (
        mention_counts({"organizations": story.organizations}, story.body)["organizations", story.organizations[1]] == 2
    )


def test_the_title_counts_and_the_pages_own_text_may_stand_for_the_body() -> None:
    story = article("", title="Кентау встречает гостей", places=["Шымкент", "Кентау"])
    assert by_importance(story)["places"] == ["Кентау", "Шымкент"]
    html = "<p>Шымкент &amp; <b>Шымкент</b></p>"
    assert plain_text(html).split() == ["Шымкент", "&", "Шымкент"]
    assert by_importance(story, text=plain_text(html))["places"] == ["Шымкент", "Кентау"]


def test_past_six_names_of_a_kind_the_rest_wait_behind_more_but_never_just_one() -> None:
    eight = [f"Club {letter}" for letter in "ABCDEFGH"]
    rows = chip_rows(article("", organizations=eight), None, Labels(), {"organizations": eight}, 6)
    assert [chip.name for chip in rows[0].chips] == eight[:6]
    assert [chip.name for chip in rows[0].more] == eight[6:]
    seven = eight[:7]
    rows = chip_rows(article("", organizations=seven), None, Labels(), {"organizations": seven}, 6)
    assert len(rows[0].chips) == 7 and rows[0].more == []


def test_the_topics_block_links_every_name_and_says_how_many_more() -> None:
    eight = [f"Club {letter}" for letter in "ABCDEFGH"]
    story = article("Club H, Club H.", organizations=eight, tags=["youth"])
    html = topics_section(story, lambda kind, name: f"{kind}/{name.lower().replace(' ', '-')}/")
    assert '<section class="nr-topics" aria-labelledby="topics">' in html and '<h2 id="topics">Topics</h2>' in html
    links = re.findall(r'<a class="nr-chip" href="\.\./\.\./\.\./organizations/([^/]+)/">', html)
    assert links == ["club-h", "club-a", "club-b", "club-c", "club-d", "club-e", "club-f", "club-g"]
    assert '<details class="nr-more"><summary>2 more organizations</summary>' in html
    assert html.index("<summary>") < html.index("club-f")  # the last two behind it
    assert topics_section(article("No names.")) == ""


ARTICLE = """---
title: Kentau opens a reading room
date: 2024-04-21
tags: [libraries, youth]
places: [Shymkent, Kentau]
byline: Invented Reporter
dateline: KENTAU
source: {name: Kazinform}
---

The lead: a reading room opened in Kentau, the second in Kentau this year.

Readers from Shymkent came too.
"""


def test_a_built_article_shows_date_line_then_story_then_topics_then_related(project: Path, tmp_path: Path) -> None:
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    (project / "docs/news/2024/kentau.md").write_text(ARTICLE, encoding="utf-8")
    (project / "docs/news/2024/kentau-again.md").write_text(
        ARTICLE.replace("Kentau opens a reading room", "Kentau opens another room"), encoding="utf-8"
    )
    out = tmp_path / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    page = (out / "news/2024/kentau/index.html").read_text(encoding="utf-8")
    meta = re.search(r'<p class="nr-meta">(.*?)</p>', page, re.S).group(1)
    parts = [re.sub(r"<[^>]+>", "", part).strip() for part in meta.split(" · ")]
    assert parts == ["21 April 2024", "By Invented Reporter", "KENTAU", "Source: Kazinform"]
    order = [page.index(mark) for mark in ('class="nr-meta"', "<p>The lead:", "nr-topics", 'id="related"')]
    assert order == sorted(order), order
    places = re.findall(r'href="\.\./\.\./\.\./places/([^/]+)/"', page)
    assert places == ["kentau", "shymkent"]  # Kentau is named three times, Shymkent once


def test_a_kazakh_ending_on_an_abbreviation_and_an_english_possessive_still_name_it() -> None:
    names = {"organizations": ["ЮНЕСКО", "ООН"], "people": ["Dana Invented"]}
    text = "ЮНЕСКО-ның клубтары, ЮНЕСКО, ЮНЕСКОВЕЦ-АБВГДЕЖ; Invented's speech; ООН."
    counts = mention_counts(names, text)
    assert counts["organizations", "ЮНЕСКО"] == 2 and counts["organizations", "ООН"] == 1
    assert counts["people", "Dana Invented"] == 1
