"""Layout at phone width (375 px) in headless Chromium: dates in lists and article headers stay
on one line, and a person's page shows the profile's photo and role first, under the name.

The site is the browser tests' sample site with an invented person: a profile page with a photo,
a role and a biography, and articles with titles of many lengths, so that some dates fall at the
end of a line. Screenshots of the article and person pages go to ``test-artifacts/screenshots/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import SEED_URL
from tests.helpers.sandbox import serve

from .conftest import PHONE, Visit, _open, build_at, screenshot

PERSON = "Zhanar Omarkyzy"
PERSON_URL = "people/zhanar-omarkyzy/"
PROFILE = f"""---
name: {PERSON}
role: Coordinator of the Riverside Reading Clubs
photo: /assets/people/zhanar-omarkyzy.svg
---

{PERSON} started the first reading club by the river and now coordinates twelve of them.
"""
PHOTO = """<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300" viewBox="0 0 240 300">
<rect width="240" height="300" fill="#c5cae9"/><circle cx="120" cy="110" r="55" fill="#3f51b5"/>
<rect x="45" y="185" width="150" height="115" rx="60" fill="#3f51b5"/></svg>
"""
WORDS = "Riverside reading clubs open a new room for young readers and their grandparents in the old mill".split()
DATES = ["2024-11-29", "2024-09-30", "2024-12-24", "2024-02-28", "2024-11-17", "2024-09-03"]
DATES_IN_LISTS = ".nr-articles time, .nr-meta time"
"""The dates this test checks: every <time> in an article list or an article's header."""
PAGES = [
    pytest.param("", id="home"),
    pytest.param(PERSON_URL, id="person"),
    pytest.param("tags/libraries/", id="tag"),
    pytest.param("news/2024/", id="archive-year"),
    pytest.param("news/2024/reading-club-5/", id="article"),
    pytest.param(SEED_URL, id="seed-article"),
]


def _story(number: int) -> str:
    title = " ".join(WORDS[: 3 + number * 2 % len(WORDS)]).capitalize()
    return (
        f"---\ntitle: {title} ({number})\ndate: {DATES[number % len(DATES)]}\n"
        f"summary: An invented story about reading clubs, number {number}.\n"
        f"tags: [libraries]\npeople: [{PERSON}]\nlang: en\n---\n\nThe club met on a quiet evening.\n"
    )


@pytest.fixture(scope="module")
def layout_url(sample_project: Path) -> Iterator[str]:
    """The sample site with the invented person's profile and stories, built and served."""
    project = sample_project.parent / "layout-project"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(sample_project, project)
    (project / "docs/people").mkdir(parents=True, exist_ok=True)
    (project / "docs/people/zhanar-omarkyzy.md").write_text(PROFILE, encoding="utf-8")
    (project / "docs/assets/people").mkdir(parents=True, exist_ok=True)
    (project / "docs/assets/people/zhanar-omarkyzy.svg").write_text(PHOTO, encoding="utf-8")
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    for number in range(12):
        (project / f"docs/news/2024/reading-club-{number}.md").write_text(_story(number), encoding="utf-8")
    site = project.parent / "layout-site"
    with serve(site) as url:
        build_at(project, site, url)
        yield url


@pytest.fixture
def small_phone(browser: object, layout_url: str) -> Iterator[Visit]:
    """A fresh phone-sized (375x812) page on the layout site."""
    context, visit = _open(browser, layout_url, PHONE)
    yield visit
    context.close()


@pytest.mark.parametrize("url", PAGES)
def test_dates_stay_on_one_line_at_phone_width(small_phone: Visit, url: str) -> None:
    small_phone.goto(url)
    dates = small_phone.page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].map(time => {
            const style = getComputedStyle(time);
            return {text: time.textContent, whiteSpace: style.whiteSpace, lines: time.getClientRects().length,
                    height: time.getBoundingClientRect().height, fontSize: parseFloat(style.fontSize)};
        })""",
        DATES_IN_LISTS,
    )
    assert dates, f"{url}: no dates in lists"
    for date in dates:
        assert date["whiteSpace"] == "nowrap", date
        assert date["lines"] == 1, date  # an inline box broken over two lines has two rectangles
        assert date["height"] < 2 * date["fontSize"], date  # one line high
    assert not small_phone.problems(), "\n".join(small_phone.problems())


def test_a_person_page_shows_photo_and_role_under_the_name_before_the_biography(small_phone: Visit) -> None:
    small_phone.goto(PERSON_URL)
    screenshot(small_phone, "layout-person-phone")
    boxes = small_phone.page.evaluate(
        """() => Object.fromEntries(Object.entries({
            title: "article h1", photo: ".nr-profile .nr-photo", role: ".nr-profile .nr-role",
            biography: ".nr-profile + p", articles: "#articles",
        }).map(([name, selector]) => {
            const element = document.querySelector(selector);
            const box = element && element.getBoundingClientRect();
            return [name, box && {top: box.top, bottom: box.bottom, left: box.left, right: box.right,
                                  loaded: element.complete === undefined || element.naturalWidth > 0}];
        }))"""
    )
    assert all(boxes.values()), boxes
    title, photo, role, biography, articles = (boxes[k] for k in ("title", "photo", "role", "biography", "articles"))
    assert photo["loaded"], "the profile's photo did not load"
    assert title["bottom"] <= photo["top"] and title["bottom"] <= role["top"]
    assert role["left"] >= photo["right"] and role["top"] < photo["bottom"]  # beside the photo
    assert max(photo["bottom"], role["bottom"]) <= biography["top"] < articles["top"]
    assert photo["right"] <= PHONE["width"]
    assert not small_phone.problems(), "\n".join(small_phone.problems())


def test_the_article_page_at_phone_width(small_phone: Visit) -> None:
    small_phone.goto(SEED_URL)
    path = screenshot(small_phone, "layout-article-phone")
    assert path.stat().st_size > 0
    header = small_phone.page.locator(".nr-article-header")
    assert header.is_visible() and header.bounding_box()["width"] <= PHONE["width"]
    assert not small_phone.problems(), "\n".join(small_phone.problems())
