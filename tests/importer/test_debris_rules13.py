"""Debris on the open web's pages (the rules13 round, holdout16 and holdout17): reading times after the minutes,
closed comments, terms of use, PDF downloads, share-this-story prompts, live-story notices, "more stories"
headings, and short lines of two or three sentences each of them page furniture. Invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.debris import is_block_heading, is_debris


@pytest.mark.parametrize(
    "line",
    [
        "7 мин. чтения",
        "4 минуты на чтение",
        "3 минут оқу",
        "9 minutes reading",
        "Комментарии закрыты.",
        "Comments are closed.",
        "Пікірлер жабық.",
        "Условия использования",
        "Terms of use",
        "Скачать в PDF",
        "PDF жүктеу",
        "Поделитесь этой историей",
        "Share your story",
        "Эта новость дополняется.",
        "Все права защищены. При использовании материалов гиперссылка обязательна.",
        "This is a developing story. Refresh the page for the latest updates.",
        "######",
        "========",
        "[2/3]Herders drive sheep across the Ili river near Kapshagay, Kazakhstan, May 3, 2026.",
        "1 312 белгі «Ұнайды»",
        "845 отметок «Нравится»",
        "The Steppe Morning newsletter brings you the region's business news every weekday. Sign up here.",
        "Наша рассылка выходит раз в месяц: отчёты и новости фонда. Подпишитесь здесь.",
        "Your gift helps a family in the mountains keep warm this winter.",
        "Ваше пожертвование поможет купить учебники для сельской школы.",
        "WATCH NOW",
        "VIDEO 03:41",
        "Смотреть видео",
        "▶ YouTube · Новый мост через Ишим · 2:05",
        "Share   Facebook   Telegram   X",
        "Жаңалықтарға жазылыңыз",
        "Жаңалықтарды Telegram-да оқыңыз",
        "Оқи отырыңыз: Қостанайда жаңа мектеп ашылды",
        "1 904 белгі",
        "Барлық суреттерді көру",
        "▶",
        "Полноэкранный режим",
        "Full screen",
        "Толық экран",
        "Updated 3h ago",
        "5 ч назад",
        "Last reviewed: 12 October 2026",
        "$40 can buy a winter coat for a child",
        "All quotes delayed a minimum of 15 minutes. See here for a list of exchanges and delays.",
        "For media inquiries, please contact press@example.kz.",
        "Читать в",
        "Дзен",
        "▶ Abenov vs Kim — full fight (11:02)",
        "Получить услугу",
        "|",
        "@akimat_almaty",
        "Следите за нашими новостями в Instagram и Telegram",
        "Собрано 840 000 из 1 500 000 сом",
        "Raised $12,400 of $20,000",
    ],
)
def test_page_furniture_lines_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "7 минут чтения вслух в день помогают детям лучше учиться, считают педагоги.",
        "The terms of use of the new grazing land will be set by the village council.",
        "Комментарии закрыты для всех, кроме членов совета, сообщил председатель.",
        "This is a developing region. Investors are coming back.",
        "Все права защищены. Так считает автор закона.",
        "Share your story with the commission, the chairman urged residents.",
        "###",
        "---",
        "[1] The figure excludes seasonal workers.",
        "The newsletter was read by 4,000 farmers. Many of them sign up again every year.",
        "Your gift helps, the director told the donors, but the roof needs far more than that.",
        "Видео 3:12 показало, как рушится мост.",
        "Мы долго думали и решили: подпишитесь.",
        "Share prices fell in Astana, Almaty and Shymkent.",
        "▶ Москва — город, где всё начинается",
        "Настройки приложения меняют раз в год, сказал инженер.",
        "$40 can buy a lot, the mayor said, but the school needs millions.",
        "3h ago the river rose above the bridge.",
        "Читать в библиотеке стало модно, говорят студенты.",
        "Собрано 840 000 из 1 500 000 сом, сообщили в фонде.",
    ],
)
def test_story_lines_near_those_shapes_are_kept(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Еще истории",
        "Ещё по теме",
        "Тағы да жаңалықтар",
        "Колонки других авторов",
        "Other columnists",
        "Related explainers",
        "More In Pictures",
        "Связанные новости",
        "UN entities involved in this initiative",
    ],
)
def test_more_stories_headings_are_block_headings(line: str) -> None:
    assert is_block_heading(line)
