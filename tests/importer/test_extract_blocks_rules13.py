"""Blocks on the open web's pages (the rules13 round, holdout16 and holdout17): a newsletter's form under the story
and a blog's comments under a bare ``Комментарии`` heading. Invented text."""

from __future__ import annotations

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)

STORY = (
    "Как мы возили горячие обеды в аулы\n"
    "В субботу волонтёры фонда объехали пять аулов под Талгаром.\n"
    "Мы раздали 120 обедов и 40 тёплых одеял.\n"
    "Следующая поездка — в эту пятницу. Если хотите присоединиться, напишите нам.\n"
)
FORM = "Подпишитесь на нашу рассылку\nРаз в месяц — отчёты и новости фонда.\nИмя\nE-mail\nПодписаться\n"
THREAD = "Комментарии\nАлия С.\nСпасибо вам! Принесу на склад варежки.\nОтветить\nЕржан\nМогу быть водителем.\n"


def test_a_newsletters_form_under_the_story_leaves_the_body() -> None:
    paragraphs = extract(STORY + FORM, REGISTRY, "ru").paragraphs
    assert "Раз в месяц — отчёты и новости фонда." not in paragraphs
    assert "Имя" not in paragraphs
    assert paragraphs[-1] == "Следующая поездка — в эту пятницу. Если хотите присоединиться, напишите нам."


def test_comments_under_a_bare_heading_with_a_reply_button_leave_the_body() -> None:
    paragraphs = extract(STORY + THREAD, REGISTRY, "ru").paragraphs
    assert paragraphs[-1] == "Следующая поездка — в эту пятницу. Если хотите присоединиться, напишите нам."


def test_a_story_section_headed_comments_stays() -> None:
    section = (
        "Комментарии\nЭксперты считают, что обедов нужно вдвое больше.\nАким района обещал помочь с транспортом.\n"
    )
    paragraphs = extract(STORY + section, REGISTRY, "ru").paragraphs
    assert "Аким района обещал помочь с транспортом." in paragraphs


def test_a_list_under_the_neighbours_links_keeps_its_heading_and_dated_headlines() -> None:
    foot = (
        "← Предыдущая новость\nСледующая новость →\nЧитайте также\n"
        "Студенты построили метеостанцию на крыше корпуса\n18.11.2026\n"
        "Кто будет платить за новые общежития?\n15.11.2026\n"
        "Тарифы на проезд: год спустя\n12.11.2026\n"
    )
    paragraphs = extract(STORY + foot, REGISTRY, "ru").paragraphs
    assert paragraphs[-1] == "Следующая поездка — в эту пятницу. Если хотите присоединиться, напишите нам."


def test_a_question_inside_the_story_stays() -> None:
    text = (
        STORY
        + "Читайте также\nКто будет платить за новые общежития?\nОтвет на этот вопрос пока не знает никто в городе.\n"
    )
    assert "Ответ на этот вопрос пока не знает никто в городе." in extract(text, REGISTRY, "ru").paragraphs
