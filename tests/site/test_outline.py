"""The outlines of a preview's site key (``newsroom.site.outline``)."""

from __future__ import annotations

from types import SimpleNamespace

from newsroom.site.outline import nav_outline, shared_outline
from newsroom.site.pictures import Picture, Pictures, Variant


def test_the_navigations_titles_and_addresses_in_their_sections() -> None:
    home = SimpleNamespace(title="Home", url="", children=None)
    tags = SimpleNamespace(title="Tags", url="tags/", children=None)
    link = SimpleNamespace(title="Elsewhere", url="https://example.org/", children=None)
    section = SimpleNamespace(title="Index", children=[tags, link])
    assert nav_outline([home, section]) == [
        ["Home", ""],
        ["Index", [["Tags", "tags/"], ["Elsewhere", "https://example.org/"]]],
    ]


def test_an_untitled_page_gives_a_new_outline_each_time() -> None:
    untitled = SimpleNamespace(title=None, url="about/", children=None)
    assert nav_outline([untitled]) != nav_outline([untitled])


def test_the_shared_outline_lists_each_articles_picture_variants_in_order() -> None:
    def picture(src: str, width: int) -> Picture:
        variant = Variant(f"{src}-{width}.webp", width, width, 1000)
        return Picture(src, "", (variant,), ())

    pictures = Pictures({"news/b.md": picture("b", 800), "news/a.md": picture("a", 400)})
    assert shared_outline(pictures) == [["news/a.md", ["a-400.webp"]], ["news/b.md", ["b-800.webp"]]]
    assert shared_outline(Pictures()) == []
