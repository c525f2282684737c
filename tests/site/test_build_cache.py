"""The build cache (``newsroom.site.build_cache``) is never wrong: a warm ``mkdocs build`` writes the
same site as a cold one and as one without the cache, whatever changed in between.

Most tests **poison** the cache first: every kept value gets a marker (with a digest to match, so
the cache takes it for intact). A build that shows the marker used a value the change should have
set aside; the first test shows that an unchanged site does show it (the cache is really used).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from benchmarks.corpus import generate_articles
from newsroom.site.build_cache import FILE_NAME, SWITCH
from tests.helpers import copy_project, differing, mkdocs_build

MARKER = "Poisoned-by-the-test"
IGNORED = ("sitemap.xml.gz",)  # gzip stamps its time


@pytest.fixture
def project(tmp_path: Path) -> Path:
    site = copy_project(tmp_path / "site")
    generate_articles(site / "docs" / "news", 6, seed=11)
    return site


def cache_file(project: Path) -> Path:
    return project / ".cache" / "newsroom" / FILE_NAME


def build(project: Path, out: Path) -> Path:
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def build_without_cache(project: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with monkeypatch.context() as patch:
        patch.setenv(SWITCH, "off")
        return build(project, out)


def same_site(left: Path, right: Path) -> list[str]:
    return [path for path in differing(left, right) if not path.endswith(IGNORED)]


def poison(project: Path, kinds: tuple[str, ...] = ("markdown", "search")) -> int:
    """Add the marker to every kept Markdown page's HTML and search entries (``kinds``),
    with a matching digest; how many rows."""
    with sqlite3.connect(cache_file(project)) as db:
        rows = db.execute("SELECT key, value FROM entries").fetchall()
        count = 0
        for key, value in rows:
            entry = json.loads(value)
            if isinstance(entry, dict) and "markdown" in kinds:
                entry["html"] += f"<p>{MARKER}</p>"
            elif isinstance(entry, list) and entry and "search" in kinds:
                entry = [item | {"text": item["text"] + MARKER} for item in entry]
            else:
                continue
            text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            db.execute("UPDATE entries SET value = ?, digest = ? WHERE key = ?", (text, sha, key))
            count += 1
    return count


def poisoned(site_dir: Path) -> list[str]:
    """The pages that show the marker."""
    return [str(p) for p in site_dir.rglob("*.html") if MARKER in p.read_text(encoding="utf-8")]


def poisoned_search(site_dir: Path) -> list[str]:
    """The search entries that show the marker."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [entry["location"] for entry in index["docs"] if MARKER in entry["text"]]


def article_pages(site_dir: Path) -> list[Path]:
    return [p for p in (site_dir / "news").rglob("index.html") if p.parent.parent.name.isdigit()]


def test_a_warm_build_writes_the_same_site_as_a_cold_one_and_uses_the_cache(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without = build_without_cache(project, tmp_path / "without", monkeypatch)
    assert not cache_file(project).exists(), f"{SWITCH}=off still wrote the cache"
    cold = build(project, tmp_path / "cold")
    warm = build(project, tmp_path / "warm")
    assert same_site(without, cold) == []
    assert same_site(cold, warm) == []
    assert poison(project, ("search",)) >= 7, "the articles' search entries were not kept"
    assert len(poisoned_search(build(project, tmp_path / "search"))) >= 7, "an unchanged site did not read its entries"
    assert poison(project, ("markdown",)) >= 7, "the articles' HTML was not kept"
    assert len(poisoned(build(project, tmp_path / "markdown"))) >= 7, "an unchanged site did not read its HTML"


@pytest.mark.parametrize("change", ["toc permalink", "override template", "package version"])
def test_what_the_html_depends_on_sets_the_cache_aside(
    change: str, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(project, tmp_path / "cold")
    assert poison(project) >= 7
    if change == "toc permalink":
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("permalink: false", "permalink: true"))
    elif change == "override template":
        main = project / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + "\n{#- an editor's comment -#}\n", encoding="utf-8")
    else:  # another PyYAML installed: the same code, another version in its metadata
        fake = tmp_path / "fake-packages" / "pyyaml-0.0.1.dist-info"
        fake.mkdir(parents=True)
        (fake / "METADATA").write_text("Metadata-Version: 2.1\nName: PyYAML\nVersion: 0.0.1\n", encoding="utf-8")
        monkeypatch.setenv("PYTHONPATH", f"{fake.parent}:{os.environ.get('PYTHONPATH', '')}")
    warm = build(project, tmp_path / "warm")
    assert poisoned(warm) == [], f"{change}: the build used what it kept before the change"
    assert poisoned_search(warm) == [], f"{change}: the search used what it kept before the change"
    assert same_site(build_without_cache(project, tmp_path / "without", monkeypatch), warm) == []
    if change == "toc permalink":
        assert any('class="headerlink"' in p.read_text(encoding="utf-8") for p in article_pages(warm))


def test_a_changed_registry_entry_shows_on_warm_built_pages(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(project, tmp_path / "cold")
    people = project / "registry" / "people.yml"
    text = people.read_text(encoding="utf-8")
    assert "- name: Bolat Akchulakov\n  aliases: [" in text
    renamed = "- name: Bolat Q. Akchulakov\n  aliases: [Bolat Akchulakov, "
    people.write_text(text.replace("- name: Bolat Akchulakov\n  aliases: [", renamed), encoding="utf-8")
    warm = build(project, tmp_path / "warm")
    assert any("people/bolat-q-akchulakov/" in p.read_text(encoding="utf-8") for p in article_pages(warm))
    assert same_site(build_without_cache(project, tmp_path / "without", monkeypatch), warm) == []


def test_a_value_whose_digest_does_not_match_is_not_used(project: Path, tmp_path: Path) -> None:
    cold = build(project, tmp_path / "cold")
    with sqlite3.connect(cache_file(project)) as db:
        db.execute("UPDATE entries SET value = replace(value, '</p>', ?)", (f"</p>{MARKER}",))
    warm = build(project, tmp_path / "warm")
    assert poisoned(warm) == []
    assert poisoned_search(warm) == []
    assert same_site(cold, warm) == []


@pytest.mark.parametrize("spoil", ["truncated", "garbage", "deleted .cache"])
def test_a_broken_or_missing_cache_builds_the_same_site_and_is_made_anew(
    spoil: str, project: Path, tmp_path: Path
) -> None:
    cold = build(project, tmp_path / "cold")
    path = cache_file(project)
    if spoil == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif spoil == "garbage":
        path.write_bytes(b"\x00\xff not a database " * 100)
    else:
        shutil.rmtree(project / ".cache")
    assert same_site(cold, build(project, tmp_path / "after")) == []
    assert poison(project) >= 7, "the cache was not made anew"
    assert len(poisoned(build(project, tmp_path / "next"))) >= 7


def test_an_edit_is_built_and_a_full_build_keeps_only_what_it_used(project: Path, tmp_path: Path) -> None:
    build(project, tmp_path / "cold")
    with sqlite3.connect(cache_file(project)) as db:
        before = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    article = next((project / "docs" / "news").rglob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more invented sentence.\n", encoding="utf-8")
    warm = build(project, tmp_path / "warm")
    with sqlite3.connect(cache_file(project)) as db:
        after = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert before >= 7
    assert after == before, "the edited article's old HTML was kept"
    index = (warm / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "One more invented sentence." in index, "the search kept the article's old entries"
