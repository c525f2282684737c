"""The keys of what every page depends on (``newsroom.site.environment``)."""

from __future__ import annotations

from pathlib import Path

from newsroom.site.environment import build_cache_environment, search_words_key
from newsroom.site.incremental import Digests


def key(root: Path, settings: dict[str, object]) -> str:
    return build_cache_environment(Digests(), [root / "code"], [root / "overrides"], root / "mkdocs.yml", settings)


def test_the_build_cache_key_changes_with_code_templates_configuration_and_settings(tmp_path: Path) -> None:
    for folder in ("code", "overrides"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.html").write_text("one", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: One\n", encoding="utf-8")
    first = key(tmp_path, {"site_url": "https://example.org/"})
    assert key(tmp_path, {"site_url": "https://example.org/"}) == first
    assert key(tmp_path, {"site_url": "https://example.net/"}) != first
    (tmp_path / "overrides" / "a.html").write_text("two", encoding="utf-8")
    second = key(tmp_path, {"site_url": "https://example.org/"})
    assert second != first
    (tmp_path / "mkdocs.yml").write_text("site_name: Two\n", encoding="utf-8")
    assert key(tmp_path, {"site_url": "https://example.org/"}) != second


def test_the_search_words_key_follows_the_language_and_the_sites_templates(tmp_path: Path) -> None:
    (tmp_path / "main.html").write_text("one", encoding="utf-8")
    english = search_words_key(Digests(), "en", tmp_path)
    assert search_words_key(Digests(), "ru", tmp_path) != english
    assert search_words_key(Digests(), "en", None) != english
    (tmp_path / "main.html").write_text("two", encoding="utf-8")
    assert search_words_key(Digests(), "en", tmp_path) != english
