"""Index pages built by the hooks, read from a real ``mkdocs build --strict`` of the samples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsroom.article import load_article, slugify
from tests.helpers import RAW, SEED_URL, copy_project, import_articles, mkdocs_build, serving

SEED_MD = "docs/news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco.md"
PROFILE = """---
name: Bolat Akchulakov
role: President of the World Federation
photo: /assets/akchulakov.jpg
---

Bolat Akchulakov has led the national federation since its early years.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article(title: str, date: str, *, tags=(), people=(), extra: str = "") -> str:
    return (
        f"---\ntitle: {title}\ndate: {date}\nsummary: About {title}.\ntags: {list(tags)}\n"
        f"people: {list(people)}\nlang: en\n{extra}---\n\nBody of {title}.\n"
    )


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def article_links(page: str) -> list[str]:
    """The titles of the articles a page lists, in order."""
    return re.findall(r'class="nr-title" href="[^"]*">([^<]*)</a>', page)


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site with every raw sample imported, a profile, an alias spelling and a draft."""
    root = tmp_path_factory.mktemp("samples")
    project = copy_project(root / "project")
    samples = [p for p in sorted(RAW.glob("*.txt")) if p.name != "unesco-clubs-federation.txt"]
    result = import_articles("--out", project / "docs/news", "--date", "2025-06-01", *samples)
    assert "Traceback" not in result.stderr
    write(project / "docs/people/bolat-akchulakov.md", PROFILE)
    news = project / "docs/news/2024"
    write(
        news / "alias.md", article("Akchulakov opens a forum", "2024-05-02", tags=["Youth"], people=["Болат Акчулаков"])
    )
    write(
        news / "secret.md",
        article(
            "A secret draft",
            "2024-06-01",
            tags=["youth", "Draftonlytag"],
            people=["Bolat Akchulakov", "Secret Person"],
            extra="draft: true\n",
        ),
    )
    out = root / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


def test_the_person_page_lists_the_seed_article(sample_site: Path) -> None:
    page = html(sample_site, "people/bolat-akchulakov")
    assert "Kazakhstan heads the World Federation of Clubs for UNESCO" in article_links(page)
    assert SEED_URL in page


def test_each_tag_of_the_seed_lists_it(sample_site: Path) -> None:
    seed = html(sample_site, SEED_URL)
    tag_links = re.findall(r'class="nr-chip" href="\.\./\.\./\.\./(tags/[^"]+)"', seed)
    assert tag_links, "the seed article links no tag"
    for link in tag_links:
        assert "Kazakhstan heads the World Federation of Clubs for UNESCO" in article_links(html(sample_site, link))


def test_an_alias_in_the_registry_merges_two_spellings(sample_site: Path) -> None:
    page = html(sample_site, "people/bolat-akchulakov")
    assert {"Akchulakov opens a forum", "Kazakhstan heads the World Federation of Clubs for UNESCO"} <= set(
        article_links(page)
    )
    assert not (sample_site / "people/bolat-akchulakov-2").exists()
    assert "Болат Акчулаков" not in html(sample_site, "people")
    alias_article = html(sample_site, "news/2024/alias")
    assert 'href="../../../people/bolat-akchulakov/">Болат Акчулаков<' in alias_article


def test_tags_differing_in_case_share_one_page(sample_site: Path) -> None:
    assert "Akchulakov opens a forum" in article_links(html(sample_site, "tags/youth"))


def test_a_hand_written_profile_keeps_its_biography_and_gains_the_list(sample_site: Path) -> None:
    page = html(sample_site, "people/bolat-akchulakov")
    assert "has led the national federation since its early years" in page
    assert "<title>Bolat Akchulakov - " in page and "<h1>Bolat Akchulakov</h1>" in page  # its name, not its file's
    assert '<p class="nr-role">President of the World Federation</p>' in page
    assert '<img class="nr-photo" src="../../assets/akchulakov.jpg" alt="Bolat Akchulakov">' in page
    assert page.index("has led the national federation") < page.index("Kazakhstan heads the World Federation")


def test_a_profile_shows_name_photo_and_role_first_then_biography_then_articles(sample_site: Path) -> None:
    page = html(sample_site, "people/bolat-akchulakov")
    order = [
        "<h1>Bolat Akchulakov</h1>",
        '<div class="nr-profile">',
        '<img class="nr-photo"',
        '<p class="nr-role">',
        "has led the national federation",
        '<h2 id="articles">Articles</h2>',
        '<p class="nr-count-line">',
        'class="nr-articles"',
    ]
    assert [page.index(part) for part in order] == sorted(page.index(part) for part in order)


def test_a_profile_that_starts_with_its_own_heading_gets_photo_and_role_under_it(project: Path, tmp_path: Path) -> None:
    write(project / "docs/people/bolat-akchulakov.md", PROFILE.replace("\n\nBolat", "\n\n# The President\n\nBolat"))
    out = tmp_path / "out"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    page = html(out, "people/bolat-akchulakov")
    assert page.count("<h1") == 1
    assert page.index("The President</h1>") < page.index('<p class="nr-role">') < page.index("has led the national")


def test_a_draft_appears_on_no_page_feed_sitemap_or_search_index(sample_site: Path) -> None:
    for path in sample_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            text = path.read_text(encoding="utf-8")
            assert "A secret draft" not in text and "Secret Person" not in text, path
            assert "Draftonlytag" not in text and "draftonlytag" not in text, path
    assert not (sample_site / "news/2024/secret").exists()
    assert not (sample_site / "tags/draftonlytag").exists() and not (sample_site / "people/secret-person").exists()


def test_index_pages_are_newest_first_and_the_archive_counts(sample_site: Path) -> None:
    titles = article_links(html(sample_site, "people/bolat-akchulakov"))
    assert titles.index("Akchulakov opens a forum") < titles.index(
        "Kazakhstan heads the World Federation of Clubs for UNESCO"
    )
    archive = html(sample_site, "news")
    assert 'href="2023/"' in archive and 'href="2024/"' in archive
    assert "Kazakhstan heads the World Federation of Clubs for UNESCO" in article_links(html(sample_site, "news/2023"))


def test_the_a_to_z_lists_show_counts(sample_site: Path) -> None:
    people = html(sample_site, "people")
    assert 'people/bolat-akchulakov/">Bolat Akchulakov</a> <span class="nr-count">2</span>' in people
    for kind in ("tags", "organizations", "places"):
        assert 'class="nr-terms"' in html(sample_site, kind), kind


def test_articles_link_their_related_articles(sample_site: Path) -> None:
    seed = html(sample_site, SEED_URL)
    related = seed[seed.index('id="related"') :]
    assert "Akchulakov opens a forum" in article_links(related)


def test_index_pages_are_in_the_search_index_but_not_in_the_nav(sample_site: Path) -> None:
    search = (sample_site / "search/search_index.json").read_text(encoding="utf-8")
    assert '"location":"people/bolat-akchulakov/"' in search
    about = html(sample_site, "about")
    assert 'href="../people/"' in about
    assert "people/bolat-akchulakov/" not in about


def test_a_profile_for_nobody_is_a_warning(project: Path, tmp_path: Path) -> None:
    write(project / "docs/people/nobody.md", "---\nname: Nobody Known\n---\n\nBio.\n")
    result = mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "people/nobody.md: name: 'Nobody Known' is named in no published article" in result.stderr
    assert "Traceback" not in result.stderr


def test_long_lists_continue_on_further_pages(project: Path, tmp_path: Path) -> None:
    for number in range(105):
        write(
            project / f"docs/news/2022/story-{number}.md",
            article(f"Story {number}", f"2022-{1 + number % 12:02d}-{1 + number % 28:02d}", tags=["mass"]),
        )
    out = tmp_path / "out"
    assert mkdocs_build(project, out).returncode == 0
    first, second = html(out, "tags/mass"), html(out, "tags/mass/page/2")
    assert len(article_links(first)) == 100 and len(article_links(second)) == 5
    assert 'tags/mass/page/2/">Older<' in first


def test_a_removed_tag_leaves_its_page_when_the_site_is_served_and_rebuilt(project: Path, tmp_path: Path) -> None:
    """``mkdocs serve`` rebuilds in one process: the hook must not keep the previous build's state."""
    seed = project / SEED_MD
    seed_article = load_article(seed)
    tag = seed_article.tags[0]
    write(project / "docs/news/2024/other.md", article("Another story", "2024-01-01", tags=[tag]))
    with serving(project) as served:

        def tag_page() -> str:
            return served.page(f"tags/{slugify(tag)}/")

        assert served.wait_for(lambda: "Kazakhstan heads" in tag_page()), "the served tag page never listed the seed"
        seed_article.tags.remove(tag)
        seed.write_text(seed_article.to_markdown(), encoding="utf-8")
        assert served.wait_for(lambda: "Kazakhstan heads" not in tag_page()), "the tag page kept the article"
        assert "Another story" in tag_page()


@pytest.mark.parametrize("path", ["docs/tags/youth.md", "docs/tags/youth/index.md"])
def test_generated_index_pages_do_not_shadow_an_editors_tag_page(project: Path, tmp_path: Path, path: str) -> None:
    write(project / path, "---\ntitle: Youth\n---\n\nStories of young people in the clubs.\n")
    out = tmp_path / "out"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    page = html(out, "tags/youth")
    assert "Stories of young people in the clubs." in page
    assert "Kazakhstan heads the World Federation of Clubs for UNESCO" in article_links(page)
