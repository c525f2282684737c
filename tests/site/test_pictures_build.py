"""Pictures in real ``mkdocs build --strict`` runs of throwaway sites: derivatives, markup, sharing
tags, feeds, the cache, problems named by file, and no metadata anywhere."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import urllib.request
from pathlib import Path

import pytest
from PIL import Image

from newsroom.article import Article
from newsroom.article import Image as ArticleImage
from newsroom.pictures import metadata_in
from newsroom.site.pictures import JPEG_WIDTHS, WEBP_WIDTHS, plan_pictures
from tests.helpers import SEED_URL, copy_project, mkdocs_build, serving
from tests.helpers import pictures as make
from tests.helpers.pictures import PICTURE_SUFFIXES, SITE_URL, picture_project, write_article


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pictures")
    project = picture_project(root)
    result = mkdocs_build(project, root / "site")
    assert result.returncode == 0, result.stderr
    return project, root / "site"


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_no_picture_under_docs_or_in_the_site_carries_metadata(built: tuple[Path, Path]) -> None:
    project, site = built
    pictures = [p for folder in (project / "docs", site) for p in folder.rglob("*") if p.suffix in PICTURE_SUFFIXES]
    assert len(pictures) > 20
    assert {str(p): metadata_in(p) for p in pictures if metadata_in(p)} == {}
    for picture in pictures:
        assert b"SERIAL-12345" not in picture.read_bytes() and b"Invented Owner" not in picture.read_bytes()


def derivatives(html: str) -> list[str]:
    return re.findall(r"assets/pictures/[0-9a-f]+-\d+\.(?:webp|jpg)", html)


def figure_of(html: str) -> str:
    return html[html.index('<figure class="nr-figure">') : html.index("</figure>")]


def test_the_lead_picture_is_responsive_upright_and_eager(built: tuple[Path, Path]) -> None:
    _, site = built
    figure = figure_of(page(site, SEED_URL))
    assert '<source type="image/webp"' in figure and " 320w, " in figure and " 1600w" in figure
    assert 'loading="eager"' in figure and 'fetchpriority="high"' in figure and 'alt="Akchulakov"' in figure
    assert re.search(r'width="1200" height="1800"', figure)  # upright: portrait, no layout shift
    assert "<figcaption>Akchulakov" in figure and "Photo: www.unesco.org" in figure
    for path in derivatives(figure):
        with Image.open(site / path) as picture:
            assert picture.height > picture.width
        assert make.colour_at(site / path, 0.5, 0.2)[0] > 180  # red on top: upright


def test_derivatives_are_never_upscaled(built: tuple[Path, Path]) -> None:
    _, site = built
    small = derivatives(figure_of(page(site, "news/2024/small/")))
    assert small and all(path.endswith(("-300.webp", "-300.jpg")) for path in small)
    widths = {int(re.search(r"-(\d+)\.", path).group(1)) for path in derivatives(figure_of(page(site, SEED_URL)))}
    assert widths == set(WEBP_WIDTHS) | set(JPEG_WIDTHS)


def test_transparency_and_16_bit_and_cmyk_pictures_publish(built: tuple[Path, Path]) -> None:
    _, site = built
    alpha = [p for p in derivatives(figure_of(page(site, "news/2024/alpha/"))) if p.endswith(".webp")]
    with Image.open(site / alpha[0]) as webp:
        assert webp.mode == "RGBA"
    cmyk = [p for p in derivatives(figure_of(page(site, "news/2024/cmyk/"))) if p.endswith(".jpg")]
    with Image.open(site / cmyk[0]) as jpeg:
        assert jpeg.mode == "RGB"
    assert make.colour_at(site / cmyk[0], 0.5, 0.2)[0] > 180
    assert derivatives(figure_of(page(site, "news/2024/deep/")))


def test_no_caption_or_credit_without_a_picture(built: tuple[Path, Path]) -> None:
    html = page(built[1], "news/2024/no-picture/")
    assert "A caption alone" not in html and "<figure" not in html and "Nobody" not in html


def test_lists_show_lazy_decorative_thumbnails(built: tuple[Path, Path]) -> None:
    _, site = built
    for url in ("", "news/2024/", "tags/youth/"):
        html = (site / url / "index.html").read_text(encoding="utf-8")
        thumbs = re.findall(r'<a class="nr-thumb".*?</a>', html, re.S)
        assert thumbs, url
        assert all('loading="lazy"' in thumb and 'alt=""' in thumb and "width=" in thumb for thumb in thumbs)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.count('class="nr-thumb"') == 5  # every article but the one without a picture


def test_sharing_tags_name_a_1200_px_picture_with_its_size(built: tuple[Path, Path]) -> None:
    _, site = built
    html = page(site, "news/2024/cmyk/")
    og = dict(re.findall(r'<meta property="(og:image[^"]*)" content="([^"]*)"', html))
    assert re.fullmatch(re.escape(SITE_URL) + r"assets/pictures/[0-9a-f]+-800\.jpg", og["og:image"])
    assert (og["og:image:width"], og["og:image:height"]) == ("800", "600")  # never upscaled: 800 wide
    assert og["og:image:alt"] == "A red and blue flag"
    assert f'<meta name="twitter:image" content="{og["og:image"]}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["image"]["url"] == og["og:image"] and data["image"]["width"] == 800


def test_feeds_carry_the_pictures(built: tuple[Path, Path]) -> None:
    _, site = built
    rss = (site / "feed.xml").read_text(encoding="utf-8")
    enclosures = re.findall(r'<enclosure url="([^"]+)" length="(\d+)" type="image/jpeg"/>', rss)
    assert len(enclosures) == 5
    for url, length in enclosures:
        assert (site / url.removeprefix(SITE_URL)).stat().st_size == int(length)
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    assert sum("image" in item for item in items) == 5


def test_a_hand_placed_phone_photo_is_published_clean(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", seed=False)
    (project / "docs" / "news" / "2024").mkdir(parents=True)
    photo = make.phone_photo(project / "docs" / "news" / "2024" / "raw.jpg")
    write_article(project, "raw", 1, "image: {src: raw.jpg, alt: Red over blue}")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    published = tmp_path / "site" / "news" / "2024" / "raw.jpg"
    assert metadata_in(photo) and metadata_in(published) == []  # the editor's file is left as it was
    with Image.open(published) as picture:
        assert picture.size == (800, 1200)


def test_problems_are_named_by_file_and_stop_a_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", seed=False)
    (project / "docs" / "assets" / "photos").mkdir(parents=True)
    make.landscape().save(project / "docs" / "assets" / "photos" / "ok.jpg", "JPEG")
    make.text_named_jpg(project / "docs" / "assets" / "photos" / "fake.jpg")
    write_article(project, "no-alt", 1, "image: {src: /assets/photos/ok.jpg, caption: Flag}")
    write_article(project, "missing", 2, "image: {src: gone.jpg, alt: Gone}")
    write_article(project, "fake", 3, "image: {src: /assets/photos/fake.jpg, alt: Fake}")
    make.landscape(900, 600).save(project / "docs" / "assets" / "photos" / "draft.jpg", "JPEG")
    write_article(project, "unpublished", 4, "image: {src: /assets/photos/draft.jpg}\ndraft: true")
    lenient = mkdocs_build(project, tmp_path / "lenient", strict=False)
    assert lenient.returncode == 0, lenient.stderr
    assert "docs/news/2024/no-alt.md: image.alt: missing" in lenient.stderr
    assert "docs/news/2024/missing.md: image.src: 'gone.jpg': no picture docs/news/2024/gone.jpg" in lenient.stderr
    assert "docs/assets/photos/fake.jpg: not a picture" in lenient.stderr
    assert "(the picture of docs/news/2024/fake.md)" in lenient.stderr
    assert "Traceback" not in lenient.stderr
    assert not (tmp_path / "lenient" / "assets" / "photos" / "fake.jpg").exists()  # never checked: left out
    assert "unpublished.md" not in lenient.stderr  # a draft may lack its alt text
    cached = {p.name for p in (project / ".cache" / "newsroom" / "pictures").glob("*-*.*")}
    published = {p.name for p in (tmp_path / "lenient" / "assets" / "pictures").iterdir()}
    assert len(cached) == 11 and len(published) == 6 and published < cached  # 900 wide: 5; the draft's stay out
    strict = mkdocs_build(project, tmp_path / "strict")
    assert strict.returncode == 1 and "image.alt: missing" in strict.stderr


def test_an_unchanged_picture_costs_nothing_on_the_next_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", seed=False)
    (project / "docs" / "assets" / "photos").mkdir(parents=True)
    make.landscape(2000, 1500).save(project / "docs" / "assets" / "photos" / "a.jpg", "JPEG")
    write_article(project, "cached", 1, "image: {src: /assets/photos/a.jpg, alt: A flag}")
    assert mkdocs_build(project, tmp_path / "one").returncode == 0
    cache = project / ".cache" / "newsroom" / "pictures"
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(before) == 7  # 4 WebP, 2 JPEG, the manifest
    second = mkdocs_build(project, tmp_path / "two")
    assert second.returncode == 0, second.stderr
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before
    assert sorted(p.name for p in (tmp_path / "two" / "assets" / "pictures").iterdir()) == sorted(
        name for name in before if name != "manifest.json"
    )


def test_mkdocs_serve_serves_the_derivatives(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", seed=False)
    (project / "docs" / "assets" / "photos").mkdir(parents=True)
    make.landscape(700, 500).save(project / "docs" / "assets" / "photos" / "a.jpg", "JPEG")
    write_article(project, "served", 1, "image: {src: /assets/photos/a.jpg, alt: A flag}")
    with serving(project) as served:
        assert served.wait_for(lambda: "nr-figure" in served.page("news/2024/served/"))
        html = served.page("news/2024/served/")
        path = derivatives(html)[0]
        url = f"http://127.0.0.1:{served.port}/newsroom/{path}"
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.status == 200 and response.headers["Content-Type"].startswith("image/")
            assert len(response.read()) > 1000


def test_a_picture_replaced_with_the_same_size_and_time_gets_new_derivatives(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    picture = docs / "news/2024/mural.png"
    picture.parent.mkdir(parents=True)
    article = Article(
        title="Mural",
        date=dt.date(2024, 5, 1),
        src_path="news/2024/mural.md",
        image=ArticleImage("mural.png", "A mural"),
    )
    Image.new("RGB", (400, 300), "red").save(picture, compress_level=0)  # stored: the size depends on the pixels' count
    first = plan_pictures([article], docs, tmp_path / "cache").for_article(article)
    times = picture.stat().st_atime_ns, picture.stat().st_mtime_ns
    Image.new("RGB", (400, 300), "blue").save(picture, compress_level=0)
    os.utime(picture, ns=times)  # restored as `cp -p` or an unzip would: same size, same modification time
    second = plan_pictures([article], docs, tmp_path / "cache").for_article(article)
    assert first is not None and second is not None and first.webp[0].path != second.webp[0].path
