"""The preview (``mkdocs serve``) rebuilds only what changed, and is never stale.

One real ``mkdocs serve`` of a site with generated articles goes through a series of edits (a
title, a new article, a deletion, a draft, an embargo, a registry entry, a profile, a template,
mkdocs.yml). After each, the test waits until the edited page serves the change, then reads the
other pages at once (the same reload). At the end a second, fresh ``mkdocs serve`` of the same
files serves every page: the first server's pages must be the same.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from benchmarks.corpus import generate_articles
from newsroom.article import load_article, slugify
from newsroom.files import write_atomic
from newsroom.site import render
from tests.helpers import Served, copy_project, serving

ARTICLES = 24
LIVERELOAD = re.compile(r"livereload\(\d+, \d+\);")


def edit(path: Path, change: Callable[..., None]) -> None:
    article = load_article(path)
    change(article)
    write_atomic(path, article.to_markdown())


def without_server(page: str, port: int) -> str:
    """The page as a fresh server sends it: no live-reload script, no port."""
    found = LIVERELOAD.search(page)
    if found:
        start, end = page.rindex("<script>", 0, found.start()), page.index("</script>", found.end())
        page = page[:start] + page[end + len("</script>") :]
    return page.replace(f"127.0.0.1:{port}", "127.0.0.1:PORT")


def fetch(served: Served, url: str) -> str | None:
    try:
        return served.page(url)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def page_urls(served: Served) -> list[str]:
    """Every page the site links from its sitemap, and the home page."""
    sitemap = served.page("sitemap.xml")
    return sorted({""} | {url.split("/newsroom/", 1)[1] for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)})


def url_of(project: Path, path: Path) -> str:
    return path.relative_to(project / "docs").with_suffix("").as_posix() + "/"


@dataclass
class Session:
    """What the served site showed after each edit, read right after the edited page changed."""

    project: Path
    seen: dict[str, dict[str, str | None]] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    fresh_pages: dict[str, str] = field(default_factory=dict)
    search: list[str] = field(default_factory=list)
    fresh_search: list[str] = field(default_factory=list)
    log: str = ""


def snapshot(served: Served, urls: list[str]) -> dict[str, str | None]:
    return {url: fetch(served, url) for url in urls}


def all_pages(served: Served, urls: list[str]) -> dict[str, str]:
    """The pages at ``urls`` that exist, as a fresh server would send them."""
    return {url: without_server(page, served.port) for url in urls if (page := fetch(served, url)) is not None}


def search_entries(served: Served) -> list[str]:
    docs = json.loads(served.page("search/search_index.json"))["docs"]
    return sorted(json.dumps(entry, sort_keys=True) for entry in docs)


def newest(paths: list[Path]) -> list[Path]:
    return sorted(paths, key=lambda path: load_article(path).date, reverse=True)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    project = copy_project(tmp_path_factory.mktemp("preview") / "site")
    paths = newest(generate_articles(project / "docs" / "news", ARTICLES, seed=7))
    for path in paths:  # a tag they share: every article has related ones
        edit(path, lambda a: a.tags.append("heritage walks"))
    result = Session(project)
    log = project.parent / "serve.log"
    with serving(project, log) as served:
        assert served.wait_for(lambda: "</html>" in served.page(""), 180), "the site was never served"
        _edit_template_and_config(result, served)  # first: each rebuilds every page
        _edit_title(result, served, paths[0], [url_of(project, path) for path in paths[1:]])
        _add_article(result, served, paths[0])
        _delete_article(result, served, paths[1])
        _draft_article(result, served, paths[2])
        _embargo_article(result, served, paths[3])
        _edit_registry_and_profile(result, served)
        result.pages = all_pages(served, [*page_urls(served), "sitemap.xml"])
        result.search = search_entries(served)
    result.log = log.read_text(encoding="utf-8")
    with serving(project) as fresh:
        assert fresh.wait_for(lambda: "</html>" in fresh.page(""), 180), "the fresh server never served"
        result.fresh_pages = all_pages(fresh, list(result.pages))
        result.fresh_search = search_entries(fresh)
    return result


def _lists_of(article_path: Path, project: Path) -> list[str]:
    """The home page, the archive year and the tag, people and place pages that list the article."""
    article = load_article(article_path)
    urls = ["", f"news/{article.date.year}/"]
    urls += [f"{field}/{slugify(name)}/" for field in ("tags", "people", "places") for name in getattr(article, field)]
    return urls


def _edit_title(result: Session, served: Served, path: Path, others: list[str]) -> None:
    url = url_of(result.project, path)
    slug = url.rsplit("/", 2)[-2]
    relating = [other for other in others if slug in (fetch(served, other) or "")]
    edit(path, lambda a: setattr(a, "title", "Zebra crossing opened by the youth club"))
    assert served.wait_for(lambda: "Zebra crossing opened" in served.page(url)), "the edited title never showed"
    result.facts["title_lists"] = json.dumps(_lists_of(path, result.project))
    result.facts["relating"] = json.dumps(relating)
    result.seen["title"] = snapshot(served, _lists_of(path, result.project) + relating)


def _add_article(result: Session, served: Served, like: Path) -> None:
    article = load_article(like)
    article.title, article.date = "Quokka festival in Taraz", article.date + dt.timedelta(days=1)
    article.tags = [*article.tags[:1], "quokka watching"]
    path = result.project / "docs" / "news" / str(article.date.year) / "quokka-festival-in-taraz.md"
    write_atomic(path, article.to_markdown())
    url = url_of(result.project, path)
    assert served.wait_for(lambda: (fetch(served, url) or "").count("Quokka festival") > 0), "the new article"
    result.seen["added"] = snapshot(served, ["", "tags/quokka-watching/", f"tags/{slugify(article.tags[0])}/"])
    result.facts["added"] = url
    result.facts["added_sitemap"] = served.page("sitemap.xml")


def _delete_article(result: Session, served: Served, path: Path) -> None:
    url = url_of(result.project, path)
    result.facts["deleted"] = url
    result.facts["deleted_lists"] = json.dumps(_lists_of(path, result.project))
    path.unlink()
    assert served.wait_for(lambda: fetch(served, url) is None), "the deleted article was still served"
    result.seen["deleted"] = snapshot(served, [*json.loads(result.facts["deleted_lists"]), "sitemap.xml"])


def _draft_article(result: Session, served: Served, path: Path) -> None:
    url = url_of(result.project, path)
    result.facts["drafted"] = url
    lists = _lists_of(path, result.project)
    edit(path, lambda a: setattr(a, "draft", True))
    assert served.wait_for(lambda: url not in (served.page("") or "")), "the draft stayed on the home page"
    result.seen["drafted"] = snapshot(served, [url, *lists])


def _embargo_article(result: Session, served: Served, path: Path) -> None:
    url = url_of(result.project, path)
    result.facts["embargoed"] = url
    lists = [u for u in _lists_of(path, result.project) if not u.startswith("news/")]
    edit(path, lambda a: (setattr(a, "date", dt.date.today() + dt.timedelta(days=400)), setattr(a, "moment", None)))
    assert served.wait_for(lambda: url not in served.page("")), "the embargoed article stayed on the home page"
    result.seen["embargoed"] = snapshot(served, [url, *lists])


def _edit_registry_and_profile(result: Session, served: Served) -> None:
    registry = result.project / "registry" / "people.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("role: President of the World Federation", "role: Honorary Walrus of the World Federation", 1),
        encoding="utf-8",
    )
    person = "people/bolat-akchulakov/"
    assert served.wait_for(lambda: "Honorary Walrus" in served.page(person)), "the registry edit never showed"
    profile = result.project / "docs" / "people" / "bolat-akchulakov.md"
    profile.parent.mkdir(exist_ok=True)
    profile.write_text("---\nname: Bolat Akchulakov\nrole: Keeper of the invented lighthouse\n---\n", encoding="utf-8")
    assert served.wait_for(lambda: "invented lighthouse" in served.page(person)), "the profile edit never showed"
    result.seen["profile"] = snapshot(served, [person])


def _edit_template_and_config(result: Session, served: Served) -> None:
    template = result.project / "overrides" / "newsroom" / "article-header.html"
    template.parent.mkdir(parents=True, exist_ok=True)
    source = Path(render.__file__).parent / "templates" / "newsroom" / "article-header.html"
    template.write_text(source.read_text(encoding="utf-8") + "\n<p>Pelican template mark</p>\n", encoding="utf-8")
    seed = "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/"
    assert served.wait_for(lambda: "Pelican template mark" in served.page(seed)), "the template edit never showed"
    config = result.project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("site_name: ", "site_name: Heron ", 1), encoding="utf-8"
    )
    assert served.wait_for(lambda: "Heron " in served.page("about/")), "the mkdocs.yml edit never showed"


def test_a_changed_title_shows_on_every_list_of_the_article_after_the_same_reload(session: Session) -> None:
    lists, relating = json.loads(session.facts["title_lists"]), json.loads(session.facts["relating"])
    assert len(lists) >= 4 and relating, "the article is on too few lists for the test to say anything"
    for url in lists + relating:
        assert "Zebra crossing opened" in (session.seen["title"][url] or ""), f"{url or 'home'} kept the old title"


def test_a_new_article_appears_on_the_home_page_and_its_tag_pages(session: Session) -> None:
    for url, page in session.seen["added"].items():
        assert page is not None and "Quokka festival in Taraz" in page, f"{url or 'home'} does not list it"


def test_the_sitemap_lists_a_new_article_and_drops_a_deleted_one_after_the_same_reload(session: Session) -> None:
    added, deleted = session.facts["added"], session.facts["deleted"]
    assert f"/newsroom/{added}</loc>" in session.facts["added_sitemap"], "the sitemap missed the new article"
    assert f"/newsroom/{deleted}</loc>" in session.facts["added_sitemap"], "the article to delete was not listed"
    assert f"/newsroom/{deleted}</loc>" not in (session.seen["deleted"]["sitemap.xml"] or "x"), "still in the sitemap"


def test_a_deleted_article_leaves_every_list_and_no_page_links_to_it(session: Session) -> None:
    deleted = session.facts["deleted"]
    for url, page in session.seen["deleted"].items():
        assert page is None or deleted.rsplit("/", 2)[-2] not in page, f"{url or 'home'} still links to it"
    for url, page in session.pages.items():
        assert deleted.rsplit("/", 2)[-2] + "/" not in page, f"{url or 'home'} links to a deleted article"


def test_a_drafted_article_leaves_every_list_and_stays_previewable(session: Session) -> None:
    drafted = session.facts["drafted"]
    slug = drafted.rsplit("/", 2)[-2]
    assert session.seen["drafted"][drafted] is not None, "serve no longer shows the draft itself"
    for url, page in session.seen["drafted"].items():
        if url != drafted:
            assert page is None or slug not in page, f"{url or 'home'} still lists the draft"


def test_an_embargoed_article_leaves_the_lists_and_is_previewed_with_its_banner(session: Session) -> None:
    embargoed = session.facts["embargoed"]
    slug = embargoed.rsplit("/", 2)[-2]
    assert "nr-scheduled" in (session.seen["embargoed"][embargoed] or ""), "no embargo banner on its page"
    for url, page in session.seen["embargoed"].items():
        if url != embargoed:
            assert page is None or slug not in page, f"{url or 'home'} lists an embargoed article"


def test_a_registry_entry_then_a_profile_update_the_person_page(session: Session) -> None:
    page = session.seen["profile"]["people/bolat-akchulakov/"] or ""
    assert "invented lighthouse" in page and "Honorary Walrus" not in page
    assert "Kazakhstan heads the World Federation" in page


def test_rebuilds_after_an_edit_build_only_some_pages(session: Session) -> None:
    """The preview is incremental: after the first build, an edit builds far fewer pages than all."""
    counts = [(int(a), int(b)) for a, b in re.findall(r"newsroom: (\d+) of (\d+) pages to build", session.log)]
    assert len(counts) >= 8, session.log[-3000:]
    first, rebuilds = counts[0], counts[1:]
    assert first[0] == first[1], "the first build must build every page"
    assert any(built < total / 4 for built, total in rebuilds), f"every rebuild built every page: {counts}"
    assert "'dirty' build" not in session.log


def test_every_page_is_what_a_fresh_server_serves(session: Session) -> None:
    assert len(session.pages) > 40
    assert session.pages.keys() == session.fresh_pages.keys()
    differ = [url for url in session.pages if session.pages[url] != session.fresh_pages[url]]
    assert not differ, f"stale after the edits: {differ[:10]}"


def test_the_search_index_is_what_a_fresh_server_writes(session: Session) -> None:
    assert session.search, "empty search index"
    assert len(session.search) == len(set(session.search)), "duplicate search entries"
    assert session.search == session.fresh_search
