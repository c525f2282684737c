"""Generated pages made from one shell per kind: the same bytes as the theme renders page by page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import jinja2
import pytest

from benchmarks.corpus import generate_articles
from newsroom.site import shells
from newsroom.site.meta_reads import meta_reads
from newsroom.site.translations import Alternate
from tests.helpers import copy_project, differing, mkdocs_build, run
from tests.helpers.multilingual import trilingual_project

THEME = """<title>{{ page.meta.title }}</title><link rel="canonical" href="{{ page.canonical_url }}">
{%- for item in nav %}<a href="{{ item.url }}"{% if item.active %} class="on"{% endif %}>{{ item.title }}</a>
{%- endfor %}
{%- for alt in page.meta.newsroom_alternates %}<a href="{{ alt.url }}" hreflang="{{ alt.lang }}">{% endfor %}
{%- if "<h1" not in page.content %}<h1>{{ page.title }}</h1>{% endif %}{{ page.content }}"""


class FakePage:
    """What the theme reads of a page, as MkDocs' Page has it (an object known by its identity)."""

    def __init__(self, url: str, meta: dict[str, Any], content: str, canonical_url: str | None = None) -> None:
        self.url, self.meta, self.content, self.canonical_url = url, meta, content, canonical_url
        self.edit_url = self.abs_url = self.parent = self.previous_page = self.next_page = None
        self.toc: list[Any] = []
        self.is_homepage = self.active = False

    @property
    def title(self) -> str:
        return self.meta["title"]

    def moved(self, **changes: Any) -> FakePage:
        return FakePage(**{"url": self.url, "meta": self.meta, "content": self.content} | changes)


class FakeAnchor:
    """A heading in a page's table of contents, as MkDocs' AnchorLink has it."""

    def __init__(self, title: str, anchor: str, level: int = 2, children: list[FakeAnchor] | None = None) -> None:
        self.title, self.id, self.level, self.children = title, anchor, level, children or []

    @property
    def url(self) -> str:
        return f"#{self.id}"


class FakeToc:
    def __init__(self, items: list[FakeAnchor]) -> None:
        self.items = items

    def __iter__(self) -> Any:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def tag_page(slug: str, title: str) -> FakePage:
    url = f"tags/{slug}/"
    alternates = [Alternate("en", "English", "./", True), Alternate("ru", "Русский", f"../../ru/{url}")]
    meta = {"title": title, "template": shells.TEMPLATE, "newsroom_alternates": alternates}
    return FakePage(url, meta, f"<h1>{title}</h1><p>{slug} list</p>", f"https://example.org/{url}")


def environment(theme: str = THEME) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader({shells.THEME_TEMPLATE: theme}))
    shells.install(env)
    return env


def both_ways(env: jinja2.Environment, pages: list[FakePage], nav: list[Any] | None = None) -> list[tuple[str, str]]:
    """Each page through the shell template and through the theme's, in build order."""
    found = []
    for page in pages:
        page.active = True
        context = {"page": page, "nav": nav or [], "base_url": "../.."}
        found.append((env.get_template(shells.TEMPLATE).render(context), env.get_template("main.html").render(context)))
        page.active = False
    return found


def shells_of(env: jinja2.Environment) -> shells.Shells:
    return env.globals[shells.GLOBAL].shells


def test_pages_of_one_kind_come_from_one_shell_with_their_own_title_content_and_links() -> None:
    env = environment()
    pages = [tag_page(f"tag-{n}", f"Tag {n} &amp; more") for n in range(8)]
    for made, rendered in both_ways(env, pages):
        assert made == rendered
    assert shells_of(env).filled == 5, "the fourth page on come from the shell"
    assert "Tag 7 &amp; more" in both_ways(env, [tag_page("tag-9", "Tag 7 &amp; more")])[0][0]


def test_a_theme_showing_the_pages_own_address_gets_every_page_rendered() -> None:
    env = environment(THEME + "<p>{{ page.url }}</p>")
    for made, rendered in both_ways(env, [tag_page(f"t{n}", f"T{n}") for n in range(6)]):
        assert made == rendered
    assert shells_of(env).filled == 0


def test_a_filter_that_changes_a_title_keeps_the_theme_rendering_each_page() -> None:
    env = environment(THEME.replace("{{ page.meta.title }}", "{{ page.meta.title | upper }}"))
    for made, rendered in both_ways(env, [tag_page(f"t{n}", f"T{n}") for n in range(6)]):
        assert made == rendered
    assert shells_of(env).filled == 0


def test_a_page_that_is_a_navigation_tab_is_not_of_the_kind_of_the_others() -> None:
    env = environment()
    pages = [tag_page(f"t{n}", f"T{n}") for n in range(6)]
    tab = pages[5]  # a section's navigation proxies its pages: the page's own tab is active
    for made, rendered in both_ways(env, pages, nav=[tab]):
        assert made == rendered
    assert shells_of(env).filled == 2
    assert 'class="on"' in both_ways(env, [tab], nav=[tab])[0][0]


def test_pages_in_other_folders_or_without_a_heading_are_other_kinds() -> None:
    env = environment()
    pages = [tag_page(f"t{n}", f"T{n}") for n in range(5)]
    pages += [tag_page("p", "P").moved(url="people/p/"), tag_page("x", "X").moved(content="<p>no heading</p>")]
    for made, rendered in both_ways(env, pages):
        assert made == rendered
    assert shells_of(env).filled == 2
    assert "<h1>X</h1><p>no heading</p>" in both_ways(env, pages[-1:])[0][0]


def article(number: int, headings: list[str], **meta: Any) -> FakePage:
    page = tag_page(f"a{number}", f"Article {number}").moved(url=f"news/2024/a{number}/")
    page.meta = {"title": f"Article {number}", "tags": [f"tag {number}"], "date": f"2024-01-0{number}", **meta}
    page.toc = FakeToc([FakeAnchor(heading, heading.lower().replace(" ", "-")) for heading in headings])
    return page


def test_articles_with_other_headings_and_unread_front_matter_share_a_shell() -> None:
    theme = (
        THEME
        + """{% for item in page.toc %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}
{%- if page.meta.hide %}<p>hidden: {{ page.meta.hide | join(",") }}</p>{% endif %}"""
    )
    env = environment(theme)
    assert shells_of(env).read is not None and "tags" not in shells_of(env).read
    pages = [article(n, [f"Heading {n}"]) for n in range(1, 6)]
    pages += [article(6, ["One", "Two"]), article(7, ["Seven"], hide=["toc"])]
    for made, rendered in both_ways(env, pages):
        assert made == rendered
    assert shells_of(env).filled == 2, "the fourth and fifth article; not the ones with two headings or hide"
    assert '<a href="#two">Two</a>' in both_ways(env, [pages[5]])[0][0]
    assert "<p>hidden: toc</p>" in both_ways(env, [pages[6]])[0][0]


def test_shells_turned_off_render_each_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSROOM_PAGE_SHELLS", "off")
    env = environment()
    for made, rendered in both_ways(env, [tag_page(f"t{n}", f"T{n}") for n in range(6)]):
        assert made == rendered
    assert shells_of(env).filled == 0


def built_both_ways(project: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files that differ between the site built with shells and without."""
    config = project / "mkdocs.yml"
    built = run(
        sys.executable, "-m", "mkdocs", "build", "--strict", "-v", "-f", config, "-d", out / "shells", cwd=project
    )
    assert built.returncode == 0, built.stderr
    assert "are made from one shell" in built.stderr
    monkeypatch.setenv("NEWSROOM_PAGE_SHELLS", "off")
    assert mkdocs_build(project, out / "theme").returncode == 0
    return [
        path
        for path in differing(out / "shells", out / "theme")
        if not path.endswith(("sitemap.xml.gz", "pagefind-entry.json"))
    ]


def test_a_site_built_from_shells_is_byte_for_byte_the_site_rendered_page_by_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 20, seed=3)
    assert built_both_ways(project, tmp_path, monkeypatch) == []


def test_a_trilingual_site_built_from_shells_is_the_site_rendered_page_by_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = trilingual_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 12, seed=5)
    assert built_both_ways(project, tmp_path, monkeypatch) == []


def reads(*templates: str) -> frozenset[str] | None:
    env = jinja2.Environment(loader=jinja2.DictLoader({f"t{n}.html": t for n, t in enumerate(templates)}))
    return meta_reads(env)


def test_the_front_matter_keys_templates_read_are_found_whatever_the_page_is_called() -> None:
    found = reads(
        "{% if page.meta and page.meta.hide %}{{ page.meta.title }}{% endif %}",
        '{% set nav_item = page %}{{ nav_item.meta["icon"] }}{{ page.meta.get("status") }}',
        '{{ lang.t("blog.meta") }}{{ {"meta.source": "x"}["meta.source"] }}',
    )
    assert found == {"hide", "title", "icon", "status"}


@pytest.mark.parametrize(
    "template",
    [
        "{% for key in page.meta %}{{ key }}{% endfor %}",
        "{{ page.meta | tojson }}",
        "{% set m = page.meta %}{{ m.tags }}",
        "{{ page.meta[name] }}",
        "{% for k, v in page.meta.items() %}{{ v }}{% endfor %}",
        '{{ page | attr("meta") | tojson }}',
        "{{ (page.meta or {}).tags }}",
    ],
)
def test_a_template_that_may_read_any_front_matter_key_says_so(template: str) -> None:
    assert reads("{{ page.meta.title }}", template) is None
