"""The preview of a trilingual site rebuilds only what changed, section by section, and is never stale.

A real ``mkdocs serve`` of the trilingual sample site goes through edits: a Russian article's
title (its Russian lists and its English and Kazakh versions' "other languages" links must
follow), a new Kazakh article (the Kazakh home page lists it, the English one does not), a
Russian article moved to English. After each, the test waits until the edited page serves the
change, then reads the other pages at once. A fresh server of the same files must then serve
every page the same.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers import Served, serving
from tests.helpers.multilingual import EN_CONFERENCE, KK_CONFERENCE, RU_AKCHULAKOV, RU_CONFERENCE, trilingual_project
from tests.site.test_preview import all_pages, fetch, page_urls, snapshot

NEW_KK = "news/2023/aqtauda-zhas-suretshiler-kormesi"
NEW_KK_TEXT = """---
title: Ақтауда жас суретшілер көрмесі ашылды
date: 2023-11-02
summary: Ақтаудағы клуб мүшелері суреттерін көрсетті.
tags: [youth]
places: [Ақтау]
lang: kk
---

Ақтаудағы ЮНЕСКО клубының мүшелері теңіз туралы суреттерін көрсетті.
"""


@dataclass
class Session:
    project: Path
    seen: dict[str, dict[str, str | None]] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    fresh_pages: dict[str, str] = field(default_factory=dict)
    log: str = ""
    searchable: tuple[int, ...] = ()
    """Kazakh pages in the search index: before the new article, as it was first served, whether the index had it
    soon after, and then (the article and the pages it adds, a tag's or a person's)."""


def _searchable_pages(served: Served, lang: str) -> int:
    """How many pages of ``lang`` the served Pagefind index holds."""
    entry = json.loads(served.page("pagefind/pagefind-entry.json"))
    return entry["languages"][lang]["page_count"]


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path} has no {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    project = trilingual_project(tmp_path_factory.mktemp("preview-languages") / "site")
    result, log = Session(project), project.parent / "serve.log"
    docs = project / "docs"
    with serving(project, log) as served:
        assert served.wait_for(lambda: "</html>" in served.page("ru/"), 240), "the site was never served"
        _replace_in(docs / f"{RU_CONFERENCE}.md", "\ntitle: ", "\ntitle: Моржи и ")
        assert served.wait_for(lambda: "Моржи и " in served.page(f"{RU_CONFERENCE}/")), "the title never showed"
        result.seen["title"] = snapshot(served, ["ru/", "ru/news/2023/", f"{EN_CONFERENCE}/", f"{KK_CONFERENCE}/", ""])
        kazakh_pages = _searchable_pages(served, "kk")
        (docs / f"{NEW_KK}.md").write_text(NEW_KK_TEXT, encoding="utf-8")
        assert served.wait_for(lambda: fetch(served, f"{NEW_KK}/") is not None), "the new article was never served"
        result.seen["added"] = snapshot(served, ["kk/", "kk/tags/", "", "ru/"])
        result.searchable = (kazakh_pages, _searchable_pages(served, "kk"))
        result.searchable += (served.wait_for(lambda: _searchable_pages(served, "kk") > kazakh_pages, 120),)
        result.searchable += (_searchable_pages(served, "kk"),)
        _replace_in(docs / f"{RU_AKCHULAKOV}.md", "\nlang: ru\n", "\nlang: en\n")
        moved = f"{RU_AKCHULAKOV}/"
        assert served.wait_for(lambda: '<html lang="en"' in served.page(moved)), "the language never changed"
        result.seen["moved"] = snapshot(served, ["", "ru/"])
        result.pages = all_pages(served, page_urls(served))
    result.log = log.read_text(encoding="utf-8")
    with serving(project) as fresh:
        assert fresh.wait_for(lambda: "</html>" in fresh.page("ru/"), 240), "the fresh server never served"
        result.fresh_pages = all_pages(fresh, list(result.pages))
    return result


def test_a_changed_title_shows_in_its_section_and_on_its_versions(session: Session) -> None:
    seen = session.seen["title"]
    for url in ("ru/", "ru/news/2023/", f"{EN_CONFERENCE}/", f"{KK_CONFERENCE}/"):
        assert "Моржи и " in (seen[url] or ""), f"{url} kept the old title"
    assert "Моржи и " not in (seen[""] or ""), "the English home page lists a Russian article"


def test_a_new_article_shows_in_its_own_section_only(session: Session) -> None:
    seen = session.seen["added"]
    assert "Ақтауда жас суретшілер" in (seen["kk/"] or "")
    assert "Ақтауда жас суретшілер" not in (seen[""] or "") + (seen["ru/"] or "")


def test_the_search_index_follows_the_edits(session: Session) -> None:
    """Pagefind runs again after a rebuild (in the background: the page may be served first)."""
    before, first_served, indexed_soon, after = session.searchable
    assert indexed_soon, "the new article never reached the search index"
    assert after > before
    assert first_served in (before, after), "the page was served with an index half rebuilt"


def test_an_article_moved_to_another_language_moves_between_home_pages(session: Session) -> None:
    seen = session.seen["moved"]
    assert "akchulakov-vstretilsia" in (seen[""] or "")
    assert "akchulakov-vstretilsia" not in (seen["ru/"] or "")


def test_rebuilds_after_an_edit_build_only_some_pages(session: Session) -> None:
    counts = [(int(a), int(b)) for a, b in re.findall(r"newsroom: (\d+) of (\d+) pages to build", session.log)]
    assert len(counts) >= 4, session.log[-3000:]
    assert counts[0][0] == counts[0][1], "the first build must build every page"
    assert all(built < total / 3 for built, total in counts[1:]), f"a rebuild built most pages: {counts}"


def test_every_page_is_what_a_fresh_server_serves(session: Session) -> None:
    assert len(session.pages) > 60
    assert session.pages.keys() == session.fresh_pages.keys()
    differ = [url for url in session.pages if session.pages[url] != session.fresh_pages[url]]
    assert not differ, f"stale after the edits: {differ[:10]}"
