"""The article page reads like news: the lead starts on the first screen, the topics come after it.

The site is a throwaway site with one invented Russian agency article that names many things:
long organization names, a picture with a caption, a byline, a dateline, a source, eight
organizations, five places, four people and five tags. In headless Chromium at phone
(390x844) and desktop (1280x800) size: the lead paragraph's top edge is inside the first screen,
every name links to its page (which exists), the topics and then the related articles follow
the story, and axe finds no serious or critical problem. Screenshots go to
``test-artifacts/screenshots/``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from tests.helpers import copy_project
from tests.helpers.sandbox import serve

from .conftest import Visit, _open, build_at, screenshot

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = [pytest.param(PHONE, id="phone"), pytest.param(DESKTOP, id="desktop")]
ARTICLE_URL = "news/2024/v-turkestane-otkrylsya-molodyozhnyy-tsentr-klubov/"
ORGANIZATIONS = [
    "Ассоциация молодёжных экологических инициатив Южного Казахстана",
    "Республиканский центр поддержки волонтёрских и благотворительных организаций",
    "Фонд развития сельских библиотек и читательских клубов «Жарық»",
    "Общественное объединение «Лига юных исследователей степи»",
    "Национальный совет по делам детских и юношеских организаций",
    "Туркестанский областной центр дополнительного образования",
    "Международная ассоциация школьных театров Центральной Азии",
    "Казахстанская национальная федерация клубов ЮНЕСКО",
]
PLACES = ["Туркестан", "Шымкент", "Кентау", "Казахстан", "Туркестанская область"]
PEOPLE = ["Айгерим Сапарова", "Нурлан Бекжанов", "Дана Ермекова", "Тимур Алиханов"]
TAGS = ["youth", "volunteers", "libraries", "education", "children"]
NAMES = {"tags": TAGS, "people": PEOPLE, "organizations": ORGANIZATIONS, "places": PLACES}
PICTURE = "/assets/photos/turkestan-centre.png"
TITLE = "В Туркестане открылся молодёжный центр клубов ЮНЕСКО"


def _yaml_list(names: list[str]) -> str:
    return "[" + ", ".join(f'"{name}"' for name in names) + "]"


ARTICLE = f"""---
title: {TITLE}
date: 2024-04-21
summary: В Туркестане открылся молодёжный центр, где клубы будут вести кружки для школьников.
tags: {_yaml_list(TAGS)}
people: {_yaml_list(PEOPLE)}
organizations: {_yaml_list(ORGANIZATIONS)}
places: {_yaml_list(PLACES)}
source: {{name: Казинформ}}
image:
  src: {PICTURE}
  alt: Молодые люди у входа в новый центр
  caption: Участники открытия молодёжного центра в Туркестане
  credit: пресс-служба центра
byline: Алия Касымова
dateline: ТУРКЕСТАН
lang: ru
---

В Туркестане открылся молодёжный центр, где клубы будут вести кружки для школьников и студентов.
Центр создан Казахстанской национальной федерацией клубов ЮНЕСКО вместе с Туркестанским областным
центром дополнительного образования, сообщила координатор проекта Айгерим Сапарова.

По словам Сапаровой, в первый месяц в центре заработают кружки Лиги юных исследователей степи и
Международной ассоциации школьных театров Центральной Азии, а Фонд развития сельских библиотек и
читательских клубов «Жарық» передал центру две тысячи книг, а ещё тысячу «Жарық» обещал к осени.
Волонтёров для занятий подберёт Республиканский центр поддержки волонтёрских и
благотворительных организаций; Нурлан Бекжанов из федерации добавил, что в Кентау и Шымкенте откроются такие же центры.

Летом Казахстанская национальная федерация клубов ЮНЕСКО проведёт в Туркестане экологический лагерь с Ассоциацией
молодёжных экологических инициатив Южного Казахстана. Национальный совет по делам детских и
юношеских организаций поддержал проект, сказала Дана Ермекова; Тимур Алиханов пообещал помочь
школам Туркестанской области. Такие центры Казахстанская национальная федерация клубов ЮНЕСКО хочет открыть по всему
Казахстану, добавила Сапарова.
"""
_axe = Axe()


@pytest.fixture(scope="module")
def topics_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway site with the seed article and the many-names article, built and served."""
    project = copy_project(tmp_path_factory.mktemp("first-screen") / "project")
    article = project / "docs" / (ARTICLE_URL.rstrip("/") + ".md")
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text(ARTICLE, encoding="utf-8")
    picture = project / "docs" / PICTURE.lstrip("/")
    picture.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1200, 800), (70, 110, 150)).save(picture)
    site = project.parent / "site"
    with serve(site) as url:
        build_at(project, site, url)
        yield url


@pytest.fixture(params=VIEWPORTS)
def reader(request: pytest.FixtureRequest, browser: object, topics_url: str) -> Iterator[Visit]:
    """A fresh page on the many-names site, at phone and at desktop size."""
    context, visit = _open(browser, topics_url, request.param)
    yield visit
    context.close()


def test_the_lead_starts_on_the_first_screen_under_the_date_line_and_picture(reader: Visit) -> None:
    reader.goto(ARTICLE_URL)
    size = reader.page.viewport_size
    screenshot(reader, f"article-first-screen-{size['width']}")
    boxes = reader.page.evaluate(
        """() => Object.fromEntries(Object.entries({
            title: "article h1", meta: ".nr-meta", picture: ".nr-article-header .nr-figure img",
            lead: ".nr-article-header ~ p", topics: ".nr-topics", related: "#related",
        }).map(([name, selector]) => {
            const element = document.querySelector(selector);
            const box = element && element.getBoundingClientRect();
            return [name, box && {top: box.top + window.scrollY, bottom: box.bottom + window.scrollY,
                                  line: parseFloat(getComputedStyle(element).lineHeight),
                                  loaded: element.complete === undefined || element.naturalWidth > 0}];
        }))"""
    )
    lead = boxes["lead"]
    assert lead and lead["top"] + lead["line"] <= size["height"], f"the lead starts at {lead and lead['top']} px"
    assert all(boxes.values()), boxes
    picture = boxes["picture"]
    assert picture["loaded"] and picture["bottom"] - picture["top"] > 150, picture  # a real picture, shown
    assert boxes["title"]["bottom"] <= boxes["meta"]["top"] < picture["top"] < picture["bottom"] < lead["top"]
    assert lead["bottom"] < boxes["topics"]["top"] < boxes["related"]["top"]  # topics after the story
    assert not reader.problems(), "\n".join(reader.problems())


def test_the_date_line_reads_date_byline_place_source_and_never_wraps_the_date(reader: Visit) -> None:
    reader.goto(ARTICLE_URL)
    meta = reader.page.locator(".nr-meta").inner_text()
    assert re.fullmatch(r"21 апреля 2024\s?г\. · By Алия Касымова · ТУРКЕСТАН · Source: Казинформ", meta), meta
    date = reader.page.evaluate(
        """() => { const time = document.querySelector(".nr-meta time");
            return {rects: time.getClientRects().length, whiteSpace: getComputedStyle(time).whiteSpace}; }"""
    )
    assert date == {"rects": 1, "whiteSpace": "nowrap"}


def test_every_name_links_to_its_page_most_named_first_the_rest_one_tap_away_without_script(
    browser: object, topics_url: str
) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(topics_url + ARTICLE_URL)
        more = page.locator(".nr-topics details.nr-more")
        hidden = more.locator("a.nr-chip")
        assert more.count() == 1 and hidden.count() == 2 and not hidden.first.is_visible()
        more.locator("summary").click()  # a <details>: it opens without any script
        assert hidden.first.is_visible() and hidden.last.is_visible()
        for kind, names in NAMES.items():
            chips = page.locator(f".nr-topics .nr-{kind} a.nr-chip")
            assert sorted(chips.all_inner_texts()) == sorted(names), kind
            for chip in chips.all():
                assert chip.is_visible()
                response = context.request.get(topics_url + ARTICLE_URL + chip.get_attribute("href"))
                assert response.ok, (chip.inner_text(), response.url, response.status)
                listed = re.findall(r'<a class="nr-title" href="[^"]*">([^<]*)</a>', response.text())
                assert TITLE in map(html.unescape, listed), (chip.inner_text(), response.url)  # the name's page
        organizations = page.locator(".nr-topics .nr-organizations a.nr-chip").all_inner_texts()
        assert organizations[:2] == [ORGANIZATIONS[-1], ORGANIZATIONS[2]]  # named three times, then twice
        assert page.locator(".nr-topics .nr-places a.nr-chip").first.inner_text() == "Туркестан"
    finally:
        context.close()


def test_the_article_page_has_no_serious_accessibility_violation(reader: Visit) -> None:
    reader.goto(ARTICLE_URL)
    results = _axe.run(reader.page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert results.response["testEngine"]["name"] == "axe-core"
    assert serious == [], results.generate_report()
