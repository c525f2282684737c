"""The article model: validation messages, slugs, paths and the YAML round trip."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from newsroom.article import Article, ArticleError, Image, Source, parse_article, slugify

ORIGIN = "docs/news/2023/x.md"
FIELD_LIST = (
    "byline, corrections, date, dateline, draft, image, lang, organizations, people, places, source, subtitle, "
    "summary, tags, title, translation_key, updated"
)


def article_text(front_matter: str, body: str = "Text.") -> str:
    return f"---\n{front_matter}\n---\n\n{body}\n"


def problem(front_matter: str) -> str:
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    return str(caught.value)


def test_a_bad_date_is_named_with_file_and_field() -> None:
    assert problem("title: T\ndate: soon") == "docs/news/2023/x.md: date: 'soon' is not a date (YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("date: 2023-10-31", "docs/news/2023/x.md: title: missing (every article needs a title)"),
        ("title: T", "docs/news/2023/x.md: date: missing (YYYY-MM-DD)"),
        ("title: T\ndate: 2023-02-30", "date: '2023-02-30' is not a date (no such day)"),
        ("title: T\ndate: 2026-13-45", "date: '2026-13-45' is not a date (no such month)"),
        ("title: T\ndate: 2023-10-31 25:00", "date: '2023-10-31 25:00' is not a date (YYYY-MM-DD)"),
        ("title: T\ndate: 2023-10-31\ntags: youth", "tags: 'youth' is not a list"),
        ("title: T\ndate: 2023-10-31\npeople: [[a]]", "people: ['a'] is not a name"),
        ("title: T\ndate: 2023-10-31\nlang: fr", "lang: 'fr' is not one of en, ru, kk"),
        ("title: T\ndate: 2023-10-31\nsource: {url: x}", "source: name is missing"),
        ("title: T\ndate: 2023-10-31\nsource: {name: K, link: x}", "source: unknown key 'link'"),
        ("title: T\ndate: 2023-10-31\nimage: {caption: [1]}", "image.caption: [1] is not text"),
        ("title: T\ndate: 2023-10-31\ndraft: maybe", "draft: 'maybe' is not true or false"),
        ("title: T\ndate: [2023", "front matter is not valid YAML"),
        ("title: T\ndate: 2023-10-31\nsumary: x", "sumary: unknown field (a typo of 'summary'? the article"),
        ("title: T\ndate: 2023-10-31\nzzz: x", "zzz: unknown field (a typo? the article fields are byline,"),
        ("- title: T\n- date: 2023-10-31", "front matter is not a mapping of fields"),
    ],
)
def test_invalid_front_matter_names_the_field(front_matter: str, message: str) -> None:
    text = problem(front_matter)
    assert text.startswith(ORIGIN + ": ")
    assert message in text


def test_a_date_that_is_not_a_real_day_is_refused() -> None:
    with pytest.raises(ArticleError, match="2023-02-30"):
        parse_article(article_text("title: T\ndate: '2023-02-30'"), ORIGIN)


def test_a_file_without_front_matter_is_refused() -> None:
    with pytest.raises(ArticleError, match="no front matter"):
        parse_article("Just text\n", ORIGIN)


def test_front_matter_that_is_never_closed_is_refused() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article("---\ntitle: T\ndate: 2023-10-31\n\nText.\n", ORIGIN)
    assert caught.value.messages == [f"{ORIGIN}: front matter is not closed (end it with a line '---')"]


def test_every_problem_of_a_file_is_reported_each_naming_its_field() -> None:
    front_matter = "title: T\ndate: 2026-13-45\ntagz: [youth]\npeople: [Dana Yesimova]\nlang: fr\ndraft: maybe"
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    error = caught.value
    assert error.messages == [
        f"{ORIGIN}: date: '2026-13-45' is not a date (no such month)",
        f"{ORIGIN}: tagz: unknown field (a typo of 'tags'? the article fields are {FIELD_LIST})",
        f"{ORIGIN}: lang: 'fr' is not one of en, ru, kk",
        f"{ORIGIN}: draft: 'maybe' is not true or false",
    ]
    assert str(error) == f"{ORIGIN}: " + "; ".join(message.removeprefix(f"{ORIGIN}: ") for message in error.messages)


def test_problems_follow_the_order_of_the_fields_in_the_file_missing_ones_first() -> None:
    front_matter = "lang: fr\nsource: {link: x}\nimage: {caption: [1], size: 2}\ndate: soon"
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    assert caught.value.problems == [
        "title: missing (every article needs a title)",
        "lang: 'fr' is not one of en, ru, kk",
        "source: unknown key 'link' (expected name, url)",
        "image.caption: [1] is not text",
        "image: unknown key 'size' (expected src, alt, caption, credit)",
        "date: 'soon' is not a date (YYYY-MM-DD)",
    ]


def test_a_refused_article_still_tells_the_names_it_could_be_read_for() -> None:
    front_matter = "title: T\ndate: soon\npeople: [Dana Yesimova]\nplaces: Almaty\ntags: [youth, [x]]"
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    assert caught.value.names == {"people": ["Dana Yesimova"], "organizations": []}


def test_front_matter_with_a_yaml_error_still_tells_the_names_of_its_readable_entries() -> None:
    front_matter = "title: 'Dana's club'\ndate: 2023-10-31\npeople:\n- Dana Yesimova\ntags: [youth\nplaces: [Almaty]"
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    assert caught.value.messages == [
        f"{ORIGIN}: front matter is not valid YAML (line 2 of the file): did not find expected key"
    ]
    assert caught.value.names == {"people": ["Dana Yesimova"], "organizations": [], "places": ["Almaty"]}


def test_front_matter_whose_fields_cannot_be_told_apart_tells_no_names() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text("title: T\n[oops\npeople: [Dana Yesimova]"), ORIGIN)
    assert caught.value.names == {}
    assert caught.value.messages[0].startswith(f"{ORIGIN}: front matter is not valid YAML (line 4 of the file)")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Just text, no front matter.\n", []),
        ("title: T\ndate: 2023-10-31\npeople: [Dana Yesimova]\n---\n\nText.\n", ["Dana Yesimova"]),
        ("\n---\ntitle: T\npeople:\n- Dana Yesimova\n---\n\nText.\n", ["Dana Yesimova"]),
    ],
)
def test_a_file_without_front_matter_names_nobody_but_what_it_meant_as_front_matter(
    text: str, people: list[str]
) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article(text, ORIGIN)
    assert caught.value.messages == [f"{ORIGIN}: no front matter (the file must start with '---')"]
    assert caught.value.names["people"] == people


def test_an_article_error_survives_a_trip_between_processes() -> None:
    error = ArticleError(ORIGIN, ["date: missing (YYYY-MM-DD)"], {"people": ["Dana Yesimova"]})
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.messages, again.names) == (str(error), error.messages, error.names)


def test_valid_front_matter_becomes_an_article() -> None:
    article = parse_article(
        article_text(
            "title: T\ndate: 2023-10-31\ntags: [youth]\npeople: [Bolat Akchulakov]\n"
            "source: {name: Kazinform, url: 'https://www.inform.kz'}\nimage: {caption: C, credit: D}\nlang: ru"
        ),
        ORIGIN,
        "news/2023/x.md",
    )
    assert article.date == dt.date(2023, 10, 31)
    assert article.tags == ["youth"] and article.people == ["Bolat Akchulakov"]
    assert article.source == Source("Kazinform", "https://www.inform.kz")
    assert article.image == Image(caption="C", credit="D")
    assert article.lang == "ru"
    assert article.url == "news/2023/x/"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Kazakhstan heads the World Federation of Clubs for UNESCO",
            "kazakhstan-heads-the-world-federation-of-clubs-for-unesco",
        ),
        ("В Шымкенте прошла конференция клубов ЮНЕСКО", "v-shymkente-proshla-konferentsiia-klubov-iunesko"),
        (
            "Түркістанда ЮНЕСКО клубтарының жазғы мектебі ашылды",
            "turkistanda-iunesko-klubtarynyng-zhazgy-mektebi-ashyldy",
        ),
        ("Әйгерім Қайратқызы: өнер, ұлттық құндылық, һ", "aigerim-qairatqyzy-oner-ulttyq-qundylyq-h"),
        ("!!!", "untitled"),
        ("", "untitled"),
    ],
)
def test_slugs_are_readable_ascii(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_kazakh_letters_are_transliterated_not_dropped() -> None:
    for letter in "әғқңөұүіһ":
        assert slugify(f"a{letter}b") not in ("ab", "a-b"), letter


def test_long_titles_give_bounded_slugs() -> None:
    assert len(slugify("word " * 100)) <= 80


def test_front_matter_round_trips_tricky_text() -> None:
    title = 'Breaking: "Clubs" & partners: #1 <b>event</b> --- !!python/object really? Қазақстан'
    article = Article(title=title, date=dt.date(2025, 1, 2), summary="a: b # c", people=["O'Neil: J."])
    again = parse_article(article.to_markdown(), ORIGIN)
    assert (again.title, again.summary, again.people) == (title, "a: b # c", ["O'Neil: J."])


def test_a_front_matter_block_in_the_body_stays_body() -> None:
    article = Article(title="T", date=dt.date(2025, 1, 2), body="Intro\n\n---\ntitle: injected\n---\n\nEnd")
    again = parse_article(article.to_markdown(), ORIGIN)
    assert again.title == "T"
    assert "title: injected" in again.body
