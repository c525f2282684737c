"""A value of a fragment's context is made only when one of its templates may read it (newsroom.site.template_uses)."""

from __future__ import annotations

from pathlib import Path

from newsroom.site.render import HEADER, TEMPLATE_FOLDER, Renderer
from newsroom.site.template_uses import reads


def override(custom_dir: Path, name: str, text: str) -> None:
    path = custom_dir / TEMPLATE_FOLDER / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_our_header_does_not_read_its_chip_rows() -> None:
    env = Renderer().env
    assert not reads(env, HEADER, "chip_rows")
    assert reads(env, HEADER, "article")


def test_an_override_of_a_template_the_header_includes_may_read_them(tmp_path: Path) -> None:
    override(tmp_path, "byline.html", "{{ article.byline }} {{ chip_rows | length }}")
    assert reads(Renderer(tmp_path).env, HEADER, "chip_rows")


def test_a_template_named_by_an_expression_may_read_anything(tmp_path: Path) -> None:
    override(tmp_path, "article-header.html", '{% include "newsroom/" ~ article.kind ~ ".html" %}')
    assert reads(Renderer(tmp_path).env, HEADER, "chip_rows")
