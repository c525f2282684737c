"""Page debris: furniture lines, related-news blocks, tag lines, contacts; body lines kept."""

from __future__ import annotations

import pytest

from newsroom.importer import debris as d
from newsroom.importer.debris import is_block_heading, is_debris, is_end_marker, is_label, tags_of
from newsroom.importer.extract import extract
from newsroom.importer.wordlists import words
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


@pytest.mark.parametrize(
    "line",
    [
        "Currently reading",
        "Read also: Federation launches media literacy course",
        "Читайте также: Федерация объявила конкурс",
        "Share this: Facebook Twitter Telegram",
        "Facebook",
        "Поделиться",
        "Subscribe to our newsletter",
        "Follow us on Instagram and Telegram",
        "Advertisement",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "1 234 views",
        "Количество просмотров: 318",
        "Қаралым саны: 1 087",
        "Комментарии: 37",
        "Kaspi Gold: 4400 4301 0000 0000",
        "010000, г. Астана, пр. Абая, 8, Дом министерств",
        "Оцените материал: ★★★★★",
        "Page ID: 48213",
    ],
)
def test_debris_lines(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers visit the schools twice a month to hold reading sessions.",
        "“Youth has always been a priority for the Kazakhstan Federation.”",
        "Share of renewable energy in Kazakhstan reached 6 per cent, the ministry said.",
        "Ранее сообщалось, что клубы ЮНЕСКО провели более 500 мероприятий.",
    ],
)
def test_body_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)


def test_related_blocks_and_tag_lines() -> None:
    assert is_block_heading("Related news") and is_block_heading("Похожие новости") and is_block_heading("Popular")
    assert tags_of("Tags: education, volunteers, rural schools") == ["education", "volunteers", "rural schools"]
    assert tags_of("Теги: экология, волонтеры") == ["экология", "волонтеры"]
    assert tags_of("Tagged in Almaty, the forum ...") is None


@pytest.mark.parametrize(
    "line",
    [
        "Reading time for pupils has doubled since 2020, the survey found.",
        "Реклама алкоголя на телевидении запрещена с 2019 года.",
        "Advertisement of tobacco is banned in all public places.",
        "More on the results will be published next week.",
        "Sign up for the course is open until 1 June.",
        "Подписка на детские журналы выросла на 20 процентов.",
    ],
)
def test_body_sentences_starting_with_a_common_word_are_kept(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 3 min",
        "Reading time 4 minutes",
        "Реклама",
        "Advertisement:",
        "More on this story",
        "More on the topic:",
        "Sign up for our newsletter",
        "Подписывайтесь на наш Telegram-канал",
    ],
)
def test_short_prompts_are_still_debris(line: str) -> None:
    assert is_debris(line)


def _body_of(text: str) -> list[str]:
    return extract(text, REGISTRY, "en").body.split("\n\n")


@pytest.mark.parametrize(
    "after",
    [
        "She added: “We will open two more next year.”",
        "Is this the future of rural reading?",
        "Организаторы отметили: «Фестиваль станет ежегодным»",
        "What a start!",
    ],
)
def test_a_related_block_ends_at_a_line_ending_in_a_quote_question_or_exclamation(after: str) -> None:
    text = (
        "Clubs open a library in Aktau\n\n"
        "The clubs of Aktau opened a library for children on Monday.\n\n"
        "Related news\n\n"
        "Federation launches media course\n\n"
        "Volunteers plant trees in Turkistan\n\n"
        f"{after}\n\n"
        "The library will be open every day."
    )
    body = _body_of(text)
    assert after in body and "The library will be open every day." in body
    assert "Federation launches media course" not in body


def test_a_related_block_is_capped() -> None:
    headlines = [f"Clubs of town {n} hold a fair" for n in range(1, 13)]
    text = "Clubs open a library\n\nThe clubs opened a library on Monday.\n\nPopular\n\n" + "\n\n".join(headlines)
    body = _body_of(text)
    assert headlines[0] not in body and headlines[7] not in body
    assert headlines[-1] in body  # past the cap, unsure: kept


def test_a_contact_block_in_a_short_release_is_not_body() -> None:
    text = (
        "UNICEF welcomes new school meals law\n\n"
        "GENEVA, 3 March 2025 – UNICEF welcomed the law on free school meals adopted today.\n\n"
        "The law covers two million children.\n\n"
        "Media contacts\n\nJane Smith\n\nUNICEF Geneva\n\n+7 700 000 0000\n\njsmith@example.org"
    )
    body = extract(text, REGISTRY, "en").body
    assert "The law covers two million children." in body
    assert "Jane Smith" not in body and "UNICEF Geneva" not in body and "Media contacts" not in body


@pytest.mark.parametrize(
    ("name", "shape"),
    [("debris-lines", "{}"), ("debris-openings", "{} the clubs' page"), ("debris-prompts", "{}: the clubs' page")],
)
def test_every_listed_furniture_line_is_debris(name: str, shape: str) -> None:
    assert [entry for entry in words(name) if not is_debris(shape.format(entry.capitalize()))] == []


def test_a_line_of_network_names_is_debris() -> None:
    assert is_debris(" | ".join(words("debris-social")))
    assert not is_debris("Facebook opened an office in Almaty")


def test_every_listed_heading_and_label_is_one() -> None:
    assert [entry for entry in words("debris-block-headings") if not is_block_heading(f"{entry.capitalize()}:")] == []
    assert [entry for entry in words("labels-above-title") if not is_label(entry.upper())] == []


@pytest.mark.parametrize(
    "line",
    [
        "No comments:",
        "Post a Comment",
        "Leave a Reply Cancel reply",
        "Comments are closed.",
        "3 comments",
        "2 thoughts on “What we learned from a week of volunteering”",
        "Комментариев нет",
        "Добавить комментарий",
        "5 комментариев",
        "Пікірлер жоқ",
        "Пікір қалдыру",
    ],
)
def test_comment_section_openers(line: str) -> None:
    assert d.is_comment_opener(line)


@pytest.mark.parametrize(
    "line",
    ["Comments from the parents were warm.", "No comments were made at the hearing, the spokesperson said."],
)
def test_a_sentence_about_comments_opens_no_comment_section(line: str) -> None:
    assert not d.is_comment_opener(line)


@pytest.mark.parametrize(
    "line",
    [
        "Three people stand at a podium in front of a blue banner",
        "A herd of saiga antelopes runs across dry grassland",
        "Two girls hold up a small robot made of recycled parts",
        "Группа молодых людей сидит за круглым столом и слушает тренера",
    ],
)
def test_a_pictures_description_is_debris(line: str) -> None:
    assert d.is_picture_description(line)


@pytest.mark.parametrize(
    "line",
    [
        "Three people stand at a podium in front of a blue banner.",  # a finished sentence
        "Clubs of town 12 hold a fair",  # a headline: no picture's subject first
        "A new start",  # too short
        "Volunteers from twelve clubs planted a thousand trees across the region",  # no picture verb
    ],
)
def test_a_sentence_or_a_headline_is_no_pictures_description(line: str) -> None:
    assert not d.is_picture_description(line)


@pytest.mark.parametrize(
    "line",
    [
        "solar-car-team-2025.jpg",
        "IMG_20241102_141233.jpg",
        "university-logo-white.svg",
        "UNICEF logo",
        "120",
        "Қаралды: 1 245",
        "Section: Community",
        "Permanent link: https://example.org/pr/2025/05/14/media-workshop",
        "Posted in Volunteering | Tagged archives, libraries | 2 Comments",
        "This article is more than 5 years old",
        "Was this page useful?",
    ],
)
def test_file_names_counters_and_page_labels_are_debris(line: str) -> None:
    assert d.is_debris(line)


@pytest.mark.parametrize(
    "line", ["en fr ru", "English Français Русский Español", "Қаз Рус Eng", "EN | RU | KZ", "Kazakh Russian English"]
)
def test_language_switchers(line: str) -> None:
    assert d.is_language_switcher(line)


@pytest.mark.parametrize("line", ["English", "Russian and Kazakh courses open", "en route to Astana"])
def test_a_language_named_in_a_sentence_is_no_switcher(line: str) -> None:
    assert not d.is_language_switcher(line)


def test_a_date_line_is_not_a_phone_number() -> None:
    assert not d.is_contact("08.10.2025 11:00")
    assert d.is_contact("+7 717 255 00 00")


@pytest.mark.parametrize(
    "line",
    ["View this email in your browser", "Forward to a friend", "Unsubscribe | Update your preferences", "Отписаться"],
)
def test_a_newsletters_furniture_is_debris(line: str) -> None:
    assert d.is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get our stories sent to you",
        "Donate now",
        "Support our work",
        "Never miss a story",
        "Want more stories like this? Sign up for our newsletter",
        "Поддержите редакцию",
    ],
)
def test_the_publishers_promotions_are_debris(line: str) -> None:
    assert d.is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support for the clubs came from the ministry.",
        "Stay in touch with the clubs, the minister urged volunteers at the forum in Astana on Monday.",
    ],
)
def test_a_sentence_that_starts_like_a_promotion_stays(line: str) -> None:
    assert not d.is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Cite as: Bekova, S. (2026). Water for the delta. Steppe Institute Commentary No. 4.",
        "The views expressed are the author's own and do not reflect those of the Institute.",
        "Мнение автора может не совпадать с позицией редакции.",
        "Donate now",
        "Give today",
    ],
)
def test_disclaimers_citations_and_appeals_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line", ["- give the delta a guaranteed minimum flow in dry years.", "Give the farms their water back."]
)
def test_a_story_line_opening_with_give_is_kept(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line", ["Quick links", "Upcoming events", "Другие события", "Наши партнеры", "Подкасттар", "Tags"]
)
def test_more_block_headings(line: str) -> None:
    assert is_block_heading(line)


@pytest.mark.parametrize("line", ["Like this:", "Like Loading...", "Добавить в календарь", "Күнтізбеге қосу"])
def test_widget_lines_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize("line", ["*** End of press release ***", "-- Конец пресс-релиза --"])
def test_an_end_of_release_line_is_an_end_mark(line: str) -> None:
    assert d.END_MARKER.match(line)


@pytest.mark.parametrize(
    "line", ["foto-gaz.jpg: Прокладка газопровода", "График подключения.pdf (312 КБ)", "Full results (PDF)"]
)
def test_files_and_their_sizes_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line", ["Share by email", "1 245", "00:00 / 02:47", "Поделиться в соцсетях", "Поддержите нашу работу"]
)
def test_counters_players_and_prompts_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize("line", ["В 2024 году 1 245 семей получили помощь.", "12:30 / 14:00 перерыв"])
def test_figures_inside_story_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)


def test_a_tags_heading_under_a_related_list_starts_a_list_of_its_own() -> None:
    text = (
        "Women take charge of canals\n\n12 March 2026\n\nThe canals opened in April, the agency said.\n\n"
        "The water now reaches every field.\n\nRelated\nExplainer\nFive things to know about rivers\nFeature\n"
        "Solar pumps bring water back\nWas this page helpful?\nYes\nNo\nShare this page\nTags\nWater\n"
        "Gender equality\nKazakhstan"
    )
    assert extract(text, REGISTRY).paragraphs == [
        "The canals opened in April, the agency said.",
        "The water now reaches every field.",
    ]


@pytest.mark.parametrize("line", ["." * 10000, " " * 10000, "a " * 5000, "-" * 10000, "1" * 10000, "," * 10000])
def test_a_long_run_of_one_mark_is_no_debris_nor_an_end(line: str) -> None:
    assert not is_debris(line) and not is_end_marker(line)


@pytest.mark.parametrize("line", ["IMG_0042.jpg", "..jpg", "• DSC-1.jpeg: A man walks", "photo(1).png"])
def test_a_pictures_file_name_is_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize("line", ["*** END OF PRESS RELEASE ***", "  — end of release —  ", "end of the press release"])
def test_an_end_of_release_mark_between_marks_and_spaces_ends_the_text(line: str) -> None:
    assert is_end_marker(line)
