"""The pure core of the index pages: articles in, terms, related articles and pages out."""

from __future__ import annotations

import dataclasses
import datetime as dt

from newsroom.article import Article
from newsroom.registry import Entry, Registry, Vocabulary
from newsroom.site.indexes import RELATED_COUNT, Profile, build_index
from newsroom.site.pages import PAGE_SIZE, index_pages, term_pages
from newsroom.site.render import relative_url


def story(name: str, day: int, tags=(), people=(), draft: bool = False) -> Article:
    return Article(
        title=name.title(),
        date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
        tags=list(tags),
        people=list(people),
        draft=draft,
        src_path=f"news/2024/{name}.md",
    )


def test_terms_list_published_articles_newest_first() -> None:
    index = build_index([story("a", 1, ["youth"]), story("b", 5, ["youth"]), story("c", 9, ["youth"], draft=True)])
    assert [a.title for a in index.terms["tags"]["youth"].articles] == ["B", "A"]


def test_registry_and_profile_aliases_merge_spellings_onto_the_canonical_name() -> None:
    registry = Registry(people=Vocabulary([Entry("Bolat Akchulakov", ("Болат Акчулаков",))]))
    profile = Profile("people/aigerim.md", "Aigerim Sadykova", ("Айгерим Садыкова",))
    articles = [
        story("a", 1, people=["Болат Акчулаков"]),
        story("b", 2, people=["Bolat Akchulakov", "Айгерим Садыкова"]),
    ]
    index = build_index(articles, registry, [profile])
    assert set(index.terms["people"]) == {"Bolat Akchulakov", "Aigerim Sadykova"}
    assert len(index.terms["people"]["Bolat Akchulakov"].articles) == 2
    aigerim = index.terms["people"]["Aigerim Sadykova"]
    assert aigerim.slug == "aigerim" and aigerim.src_path == "people/aigerim.md"
    assert index.link_for("people", "Айгерим Садыкова") == "people/aigerim/"


def test_one_name_in_two_scripts_is_one_term() -> None:
    articles = [
        story("a", 1, people=["Марат Жунусов"]),
        story("b", 2, people=["Marat Zhunusov"]),
        story("c", 3, people=["Marat Zhunusov"]),
    ]
    index = build_index(articles)
    assert list(index.terms["people"]) == ["Marat Zhunusov"]
    assert [a.title for a in index.terms["people"]["Marat Zhunusov"].articles] == ["C", "B", "A"]
    assert index.link_for("people", "Марат Жунусов") == "people/marat-zhunusov/"


def test_related_articles_prefer_shared_people_and_tags_then_nearest_date() -> None:
    articles = [
        story("seed", 50, ["youth", "culture"], ["A B"]),
        story("two-shared", 10, ["youth"], ["A B"]),
        story("one-near", 49, ["culture"]),
        story("one-far", 1, ["youth"]),
        story("unrelated", 50, ["sport"]),
    ]
    index = build_index(articles)
    related = [a.title for a in index.related["news/2024/seed.md"]]
    assert related == ["Two-Shared", "One-Near", "One-Far"]


def test_related_articles_do_not_depend_on_the_order_titles_give_the_list() -> None:
    """Same-date articles are listed by title: a new title must not change who is related."""
    names = ("b-seed", "a-early", "c-other", "d-more", "e-last", "f-final", "g-late", "h-latest")
    articles = [story(name, 5, ["youth"]) for name in names]
    first = build_index(articles).related["news/2024/b-seed.md"]
    renamed = [*articles[:1], dataclasses.replace(articles[1], title="Z Renamed"), *articles[2:]]
    second = build_index(renamed).related["news/2024/b-seed.md"]
    assert [a.src_path for a in first] == [a.src_path for a in second]
    assert len(first) == RELATED_COUNT < len(names) - 1  # a choice was made


def test_companions_count_people_named_together() -> None:
    index = build_index([story("a", 1, people=["X Y", "Z W"]), story("b", 2, people=["X Y", "Z W", "Q R"])])
    assert [(t.name, n) for t, n in index.companions["X Y"]] == [("Z W", 2), ("Q R", 1)]


def test_a_profile_for_nobody_is_reported_under_its_path() -> None:
    profile = Profile("people/nobody.md", "No Body", origin="docs/people/nobody.md")
    index = build_index([story("a", 1, people=["X Y"])], profiles=[profile])
    message = "docs/people/nobody.md: name: 'No Body' is named in no published article, nor in a draft"
    assert index.problems_by_path == {"people/nobody.md": [message]}
    assert index.problems == [message]


def test_a_profile_named_only_in_drafts_is_fine_and_lists_nothing_published() -> None:
    profile = Profile("people/dana.md", "Dana Yesimova")
    index = build_index(
        [story("a", 1, people=["X Y"]), story("d", 2, people=["Dana Yesimova"], draft=True)], None, [profile]
    )
    assert index.problems == []
    assert index.term("people", "Dana Yesimova") is None


def test_a_profile_named_in_a_draft_in_another_spelling_is_fine() -> None:
    registry = Registry(people=Vocabulary([Entry("Bolat Akchulakov", ("Болат Акчулаков",))]))
    profiles = [Profile("people/bolat.md", "Bolat Akchulakov"), Profile("people/marat.md", "Marat Zhunusov")]
    drafts = [story("d", 1, people=["Болат Акчулаков", "Марат Жунусов"], draft=True)]
    assert build_index(drafts, registry, profiles).problems == []


def test_a_profile_named_only_in_an_invalid_article_is_not_blamed() -> None:
    profile = Profile("people/dana.md", "Dana Yesimova")
    invalid = [{"people": ["Dana Yesimova"], "tags": [], "organizations": [], "places": []}]
    assert build_index([story("a", 1, people=["X Y"])], None, [profile], invalid).problems == []


def test_an_invalid_article_whose_list_cannot_be_read_holds_back_that_kind_only() -> None:
    profiles = [Profile("people/dana.md", "Dana Yesimova"), Profile("tags/sport.md", "sport")]
    invalid = [{"tags": [], "organizations": [], "places": []}]  # its people could not be read
    index = build_index([story("a", 1, ["youth"], ["X Y"])], None, profiles, invalid)
    assert index.problems_by_path == {
        "tags/sport.md": ["tags/sport.md: name: 'sport' is named in no published article, nor in a draft"]
    }


def test_a_spelling_claimed_twice_is_reported_on_the_profile_or_the_registry() -> None:
    registry = Registry(
        people=Vocabulary([Entry("Bolat Akchulakov", ("Akchulakov",)), Entry("Aidar Akchulakov", ("Akchulakov",))])
    )
    profile = Profile("people/dana.md", "Dana Yesimova", ("Bolat Akchulakov",), origin="docs/people/dana.md")
    index = build_index([story("a", 1, people=["Dana Yesimova"])], registry, [profile])
    assert index.registry_problems == [
        "registry/people.yml: Aidar Akchulakov: 'Akchulakov' is already a spelling of 'Bolat Akchulakov'"
    ]
    assert index.problems_by_path == {
        "people/dana.md": [
            "docs/people/dana.md: aliases: 'Bolat Akchulakov' is already a spelling of 'Bolat Akchulakov'"
        ]
    }
    assert index.problems == index.registry_problems + index.problems_by_path["people/dana.md"]


def test_long_term_pages_are_split_into_pages_of_page_size() -> None:
    articles = [story(f"s{n}", n, ["mass"]) for n in range(PAGE_SIZE * 2 + 1)]
    index = build_index(articles)
    pages = term_pages(index.terms["tags"]["mass"], index)
    assert [p.src_path for p in pages] == ["tags/mass.md", "tags/mass/page/2.md", "tags/mass/page/3.md"]
    assert [p.url for p in pages] == ["tags/mass/", "tags/mass/page/2/", "tags/mass/page/3/"]


def test_every_generated_page_has_a_distinct_path_and_escaped_names() -> None:
    index = build_index([story("a", 1, ["<script>x</script>"], ["A & B"])])
    pages = index_pages(index, index.terms["tags"]["<script>x</script>"].articles)
    paths = [p.src_path for p in pages]
    assert len(paths) == len(set(paths))
    assert all("<script>" not in p.body for p in pages)
    assert any("&lt;script&gt;" in p.body for p in pages)


def test_relative_urls_climb_one_level_per_folder() -> None:
    assert relative_url("", "news/") == "news/"
    assert relative_url("news/2023/x/", "tags/y/") == "../../../tags/y/"
    assert relative_url("tags/y/", "") == "../../"


def test_spellings_that_differ_in_case_or_spacing_are_one_term_but_inflections_are_not() -> None:
    registry = Registry(people=Vocabulary([Entry("Marat Zhunusov", ("Марат Жунусов",))]))
    articles = [
        story("a", 1, people=["Марат  Жунусов", "Анна Иванова"]),
        story("b", 2, people=["марат жунусов", "Анна Иванов"]),
    ]
    people = build_index(articles, registry).terms["people"]
    assert len(people["Marat Zhunusov"].articles) == 2
    assert {"Анна Иванова", "Анна Иванов"} <= set(people)  # two people, not one name in two cases
