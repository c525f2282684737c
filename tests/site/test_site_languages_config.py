"""The site's own mkdocs.yml lists its three languages; a throwaway copy of the tool is in one
language (``tests.helpers.sandbox.copy_site``) unless its test lists some."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsroom.site.languages import site_languages
from tests.helpers.sandbox import REPOSITORY, _AnyTagLoader, copy_site, switch_to_pagefind, without_languages


def config_of(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTagLoader)


def test_the_site_publishes_in_english_russian_and_kazakh() -> None:
    config = config_of(REPOSITORY / "mkdocs.yml")
    languages = site_languages(config["extra"], config["theme"]["language"])
    assert [(language.code, language.prefix) for language in languages] == [("en", ""), ("ru", "ru/"), ("kk", "kk/")]
    assert languages[1].site_name == "Новости клубов ЮНЕСКО" and languages[2].site_name


def test_a_copy_of_the_tool_is_in_one_language_and_takes_its_tests_extra_blocks(tmp_path: Path) -> None:
    project = copy_site(tmp_path / "project", seed=False)
    config = config_of(project / "mkdocs.yml")
    assert "languages" not in ((config.get("extra") or {}).get("newsroom") or {})
    assert config["validation"]["nav"]["not_found"] == "info" and config["theme"]["language"] == "en"
    switch_to_pagefind(project)  # appends its own extra: block
    assert config_of(project / "mkdocs.yml")["extra"] == {"newsroom": {"search": "pagefind"}}


def test_removing_the_languages_keeps_the_other_settings_of_extra() -> None:
    text = "site_name: X\nextra:\n  generator: false\n  newsroom:\n    search: pagefind\n    languages:\n"
    text += "      - en\n      - code: ru\n        description: >-\n          Новости.\n\n# end\nhooks: []\n"
    kept = yaml.safe_load(without_languages(text))
    assert kept == {"site_name": "X", "extra": {"generator": False, "newsroom": {"search": "pagefind"}}, "hooks": []}
    assert yaml.safe_load(without_languages("extra:\n  newsroom:\n    languages: [en, ru]\nx: 1\n")) == {"x": 1}
