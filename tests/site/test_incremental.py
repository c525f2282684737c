"""The preview's bookkeeping (``newsroom.site.incremental``), without a server."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import time
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from watchdog.events import FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from newsroom.article import Article, ArticleError, newest_first
from newsroom.site.incremental import (
    ArticleReader,
    CollectorPause,
    Digests,
    PageFingerprints,
    Preview,
    SearchWords,
    SitemapMemory,
    TermPagesMemory,
    ThemeListing,
    merge_search_index,
    poll_sooner,
    remove_outputs,
    settle_sooner,
    watchers_waiting,
)
from newsroom.site.indexes import build_index
from newsroom.site.pages import PageContent, index_pages
from newsroom.site.render import Renderer

ARTICLE = "---\ntitle: {title}\ndate: 2024-05-01\ntags: [youth]\n---\n\nText.\n"


def test_a_file_rewritten_with_its_old_size_and_times_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("first", encoding="utf-8")
    digests = Digests()
    before, times = digests.of(path), path.stat()
    path.write_text("other", encoding="utf-8")  # same size
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))  # same modification time
    assert digests.of(path) != before


def test_an_article_is_parsed_again_when_its_bytes_change_and_a_broken_one_fails_every_time(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE.format(title="Old title"), encoding="utf-8")
    reader = ArticleReader(Digests())
    reader.start()
    assert reader(path, "docs/a.md", "news/a.md").title == "Old title"
    path.write_text(ARTICLE.format(title="New title"), encoding="utf-8")
    reader.start()
    assert reader(path, "docs/a.md", "news/a.md").title == "New title"
    assert reader.digest_of["news/a.md"]
    path.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    for _ in range(2):
        reader.start()
        with pytest.raises(ArticleError):
            reader(path, "docs/a.md", "news/a.md")


def test_the_plan_builds_changed_pages_and_removes_gone_outputs(tmp_path: Path) -> None:
    outputs = {src: tmp_path / src / "index.html" for src in ("a", "b", "c")}
    for output in outputs.values():
        output.parent.mkdir()
        output.write_text("x", encoding="utf-8")
    preview = Preview()
    keys = {"a": "1", "b": "1", "c": "1"}
    assert preview.plan("site", keys, map(str, outputs.values()), lambda src: str(outputs[src])).everything
    preview.commit()
    outputs["b"].unlink()  # its output lost: built again
    plan = preview.plan("site", {"a": "2", "b": "1"}, [str(outputs["a"]), str(outputs["b"])], lambda s: str(outputs[s]))
    assert plan.rebuild == {"a", "b"} and plan.remove == [outputs["c"]] and not plan.everything
    remove_outputs(plan.remove, tmp_path)
    assert not outputs["c"].parent.exists() and tmp_path.exists()
    preview.commit()
    assert preview.plan("other site", {"a": "2"}, [], lambda s: str(outputs[s])).rebuild == {"a"}


def test_the_search_index_takes_rebuilt_pages_entries_and_drops_gone_pages() -> None:
    def index(*locations: str) -> str:
        docs = [{"location": location, "title": location, "text": ""} for location in locations]
        return json.dumps({"config": {"lang": ["en"]}, "docs": docs})

    known: dict[str, str] = {}
    merge_search_index(index("", "a/", "a/#one", "b/", "c/"), {"", "a/", "b/", "c/"}, ["", "a/", "b/", "c/"], known)
    merged = merge_search_index(index("a/"), {"a/", "d/"}, ["", "a/", "b/", "d/"], known)
    assert [entry["location"] for entry in json.loads(merged)["docs"]] == ["", "a/", "b/"]
    assert json.loads(merged)["config"] == {"lang": ["en"]}


def test_an_installed_theme_is_listed_once_and_the_sites_overrides_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed, overrides = tmp_path / "site-packages" / "theme", tmp_path / "elsewhere" / "overrides"
    (installed / "assets").mkdir(parents=True)
    (installed / "assets" / "icon.svg").write_text("<svg/>", encoding="utf-8")
    overrides.mkdir(parents=True)
    paths = {"purelib": str(tmp_path / "site-packages"), "platlib": str(tmp_path / "site-packages")}
    monkeypatch.setattr("sysconfig.get_paths", lambda: paths)
    listing = ThemeListing()

    def listed() -> list[str]:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(overrides), str(installed)]))
        listing.install(env, ["404.html"])
        return env.list_templates(filter_func=lambda name: not name.endswith(".html"))

    assert listed() == ["assets/icon.svg"]
    (overrides / "extra.css").write_text("", encoding="utf-8")  # overrides outside the project too
    (overrides / "main.html").write_text("", encoding="utf-8")
    (installed / "assets" / "late.svg").write_text("<svg/>", encoding="utf-8")  # a running server keeps its packages
    assert listed() == ["assets/icon.svg", "extra.css"]


def test_the_preview_looks_for_saved_files_sooner(tmp_path: Path) -> None:
    observer = PollingObserver(timeout=0.5)
    observer.schedule(FileSystemEventHandler(), str(tmp_path))
    poll_sooner(observer, 0.25)
    assert [emitter.timeout for emitter in observer.emitters] == [0.25]
    assert observer.timeout == 0.25
    poll_sooner(object(), 0.25)  # another engine's observer: left alone


def test_remembered_index_pages_are_the_pages_of_a_fresh_rendering_build_after_build() -> None:
    articles = [
        Article(title=f"Story {n}", date=dt.date(2023 + n % 2, 1 + n % 12, 1), tags=["youth"], src_path=f"news/s{n}.md")
        for n in range(30)
    ]
    published, renderer, memory = newest_first(articles), Renderer(), TermPagesMemory()
    index = build_index(articles)
    fresh = index_pages(index, published, renderer)
    for _ in range(3):  # each build starts, asks, and must get the same pages (no list grows)
        memory.start()
        remembered = memory.index_pages(index, published, renderer, {}, "templates")
        assert [(p.src_path, p.html) for p in remembered] == [(p.src_path, p.html) for p in fresh]


def test_a_pages_fingerprint_is_remembered_and_an_edited_page_gets_its_own() -> None:
    memory, page = PageFingerprints(), PageContent("tags/youth.md", "Youth", "<p>one</p>")
    memory.start()
    assert memory.of(page) == page.fingerprint()
    edited = PageContent("tags/youth.md", "Youth", "<p>two</p>")
    memory.start()
    assert memory.of(edited) == edited.fingerprint() != page.fingerprint()
    assert memory.of(PageContent("tags/youth.md", "Youth", "<p>one</p>")) == page.fingerprint()


def test_the_search_plugins_words_are_given_back_only_when_unset_and_asked_for_the_same_theme() -> None:
    words = SearchWords()
    settings: dict[str, object] = {"lang": ["en"], "separator": None, "pipeline": None}
    words.fill(settings, "theme-en")
    assert settings == {"lang": ["en"], "separator": None, "pipeline": None}  # nothing known yet
    settings.update(separator="[\\s\\-]+", pipeline=["stemmer"])  # what the plugin asked the theme
    words.remember(settings)
    again: dict[str, object] = {"lang": ["ru"], "separator": None, "pipeline": None}
    words.fill(again, "theme-en")
    assert again == {"lang": ["ru"], "separator": "[\\s\\-]+", "pipeline": ["stemmer"]}
    words.remember(again)
    chosen: dict[str, object] = {"lang": ["en"], "separator": "_", "pipeline": []}  # the site's own: kept
    words.fill(chosen, "theme-en")
    assert chosen == {"lang": ["en"], "separator": "_", "pipeline": []}
    words.remember(chosen)
    other: dict[str, object] = {"lang": ["en"], "separator": None, "pipeline": None}
    words.fill(other, "theme-kk")  # another language or templates: asked again
    assert other["separator"] is None


def test_the_sitemap_is_rendered_again_only_when_its_pages_or_the_site_changed() -> None:
    def page(url: str, versions: list[list[str]] | None = None) -> SimpleNamespace:
        meta = {"newsroom_versions": versions} if versions else {}
        return SimpleNamespace(
            page=SimpleNamespace(
                is_link=False, abs_url=f"/{url}", canonical_url=f"http://x/{url}", update_date="2026-11-29", meta=meta
            )
        )

    renders: list[int] = []
    template = SimpleNamespace(render=lambda context: (renders.append(1), str(len(context["pages"])))[1])
    memory, pages = SitemapMemory(), [page("a/"), page("b/")]
    assert memory.template(template, "site").render({"pages": pages}) == "2"
    assert memory.template(template, "site").render({"pages": list(pages)}) == "2" and len(renders) == 1
    for changed, site in (([*pages, page("c/")], "site"), (pages[:1], "site"), (pages[:1], "other site")):
        assert memory.template(template, site).render({"pages": changed}) == str(len(changed))
    assert memory.template(template, "other site").render({"pages": [page("a/", [["ru", "http://x/ru/a/"]])]})
    assert len(renders) == 5


def test_watchers_wait_while_a_preview_builds_and_then_report_what_changed_meanwhile(tmp_path: Path) -> None:
    seen: list[str] = []
    handler = FileSystemEventHandler()
    handler.on_any_event = lambda event: seen.append(str(event.src_path))  # type: ignore[method-assign]
    observer = PollingObserver(timeout=0.05)
    observer.schedule(handler, str(tmp_path))
    observer.start()
    try:
        time.sleep(0.2)  # the first look is taken
        with watchers_waiting(observer):
            (tmp_path / "saved.md").write_text("text", encoding="utf-8")
            time.sleep(0.4)  # several looks would have happened
            assert not seen, "a watcher looked during the build"
        deadline = time.monotonic() + 5
        while not any(path.endswith("saved.md") for path in seen) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert any(path.endswith("saved.md") for path in seen), "the change made during the build was missed"
    finally:
        observer.stop()
        observer.join()
    with watchers_waiting(object()):  # another engine's observer: nothing to hold
        pass


def test_the_preview_builds_sooner_after_a_change() -> None:
    server = SimpleNamespace(build_delay=0.1)
    settle_sooner(server, 0.02)
    assert server.build_delay == 0.02
    settle_sooner(object(), 0.02)  # another engine's server: left alone


def test_the_collector_waits_during_a_build_and_resumes_after_the_last_one() -> None:
    assert gc.isenabled()
    pause = CollectorPause(seconds=0.2)
    with pause.paused():
        assert not gc.isenabled()
        pause.allow()  # a build of many pages
        assert gc.isenabled()
    with pause.paused():  # a second build before the first one's pause ended
        time.sleep(0.3)  # the first build's timer fires during it: the collector stays off
        assert not gc.isenabled()
    assert not gc.isenabled()
    deadline = time.monotonic() + 5
    while not gc.isenabled() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert gc.isenabled(), "the collector was never switched back on"


def test_a_long_list_rendered_page_by_page_is_the_list_a_fresh_build_renders_after_an_edit() -> None:
    def stories(edited: int | None) -> list[Article]:
        return [
            Article(
                title=f"Story {n} edited" if n == edited else f"Story {n}",
                date=dt.date(2023, 1 + n % 12, 1 + n % 28),
                tags=["youth"] if n % 3 else ["youth", "heritage"],
                src_path=f"news/s{n}.md",
            )
            for n in range(260)  # the youth tag and the year span three pages
        ]

    renderer, memory = Renderer(), TermPagesMemory()
    for edited in (None, 5, 250, 5):
        published = newest_first(stories(edited))
        digests = {a.src_path: f"{a.src_path}:{a.title}" for a in published}  # as the files' digests change
        memory.start()
        remembered = memory.index_pages(build_index(published), published, renderer, digests, "t", by_page=True)
        fresh = index_pages(build_index(published), published, renderer)
        assert [(p.src_path, p.html) for p in remembered] == [(p.src_path, p.html) for p in fresh]
        assert edited is None or any(f"Story {edited} edited" in p.html for p in remembered)
