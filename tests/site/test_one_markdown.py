"""One Python-Markdown converter for a build's pages: the same HTML as a new one per page."""

from __future__ import annotations

import types
from pathlib import Path

import markdown
import pytest

from benchmarks.corpus import generate_articles
from newsroom.site import one_markdown
from newsroom.site.one_markdown import OneMarkdown
from tests.helpers import copy_project, differing, mkdocs_build

EXTENSIONS = ["toc", "tables", "fenced_code", "footnotes", "abbr", "attr_list", "def_list", "admonition", "md_in_html"]
CONFIGS = {"toc": {"permalink": True}}
TEXTS = [
    "# Forum in Almaty\n\nText[^1] about the HTML forum.\n\n[^1]: A note.\n\n*[HTML]: Hyper Text\n\n## Forum {: #own }",
    "## Forum\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```python\nx = 1\n```\n\n!!! note\n    Inside.\n\n"
    "Term\n:   Meaning",
    '<div markdown="1">\n*in html*\n</div>\n\n## Forum\n\nNo note here, [a link][ref].\n\n[ref]: https://example.org/',
    "Plain text, no heading[^1].\n\n[^1]: Another note.",
]


def _converted(md: markdown.Markdown, text: str) -> tuple[str, list, str]:
    return md.convert(text), md.toc_tokens, md.toc  # type: ignore[attr-defined]


def test_one_instance_converts_each_text_as_a_new_one_does() -> None:
    shared = OneMarkdown()
    fresh = [_converted(markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS), t) for t in TEXTS * 2]
    reused = [_converted(shared(extensions=EXTENSIONS, extension_configs=CONFIGS), t) for t in TEXTS * 2]
    assert reused == fresh
    assert shared.reused == len(TEXTS) * 2 - 1
    assert "fnref" in fresh[0][0] and "<abbr" in fresh[0][0] and 'id="own"' in fresh[0][0]


def test_other_settings_or_another_package_s_extension_get_a_new_instance() -> None:
    shared = OneMarkdown()
    first = shared(extensions=["toc"], extension_configs={})
    assert shared(extensions=["toc"], extension_configs={}) is first
    assert shared(extensions=["toc"], extension_configs={"toc": {"permalink": True}}) is not first
    made: list[object] = []
    foreign = OneMarkdown(make=lambda **settings: made.append(settings) or object())
    foreign(extensions=["pymdownx.superfences"], extension_configs={})
    foreign(extensions=["pymdownx.superfences"], extension_configs={})
    foreign(extensions=[markdown.extensions.toc.TocExtension()], extension_configs={})
    assert len(made) == 3 and foreign.reused == 0


def test_a_failed_conversion_or_one_inside_another_gets_a_new_instance() -> None:
    shared = OneMarkdown()
    first = shared(extensions=["toc"], extension_configs={})
    first.preprocessors.register(types.SimpleNamespace(run=lambda lines: 1 / 0), "broken", 100)
    with pytest.raises(ZeroDivisionError):
        first.convert("text")
    second = shared(extensions=["toc"], extension_configs={})
    assert second is not first
    inner = []
    second.preprocessors.register(
        types.SimpleNamespace(
            run=lambda lines: inner.append(shared(extensions=["toc"], extension_configs={})) or lines
        ),
        "nested",
        100,
    )
    assert second.convert("text") == "<p>text</p>"
    assert inner[0] is not second
    assert shared(extensions=["toc"], extension_configs={}) is second


def test_install_gives_a_module_the_converter_once_and_leaves_the_rest_of_markdown() -> None:
    namespace = types.SimpleNamespace(markdown=markdown)
    converters = one_markdown.install(namespace)
    assert converters is not None and namespace.markdown.Markdown is converters
    assert namespace.markdown.treeprocessors is markdown.treeprocessors
    assert one_markdown.install(namespace) is converters
    assert one_markdown.install(types.SimpleNamespace()) is None


def test_a_site_built_with_one_converter_is_byte_for_byte_the_site_built_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSROOM_BUILD_CACHE", "off")  # every page converted in both builds
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 20, seed=5)
    assert mkdocs_build(project, tmp_path / "one").returncode == 0
    monkeypatch.setenv(one_markdown.SWITCH, "off")
    assert mkdocs_build(project, tmp_path / "each").returncode == 0
    assert len(list((tmp_path / "one" / "news").rglob("index.html"))) > 20
    assert [
        path for path in differing(tmp_path / "one", tmp_path / "each") if not path.endswith("sitemap.xml.gz")
    ] == []
