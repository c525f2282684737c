"""Saved web pages (``.html``, ``.htm``) imported through the command line: the article found in the
markup, its metadata, the page's charset, a page saved "complete" with its ``*_files/`` folder."""

from __future__ import annotations

import fcntl
import json
import os
import re
import struct
import subprocess
import sys
import termios
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from newsroom.article import load_article
from newsroom.importer.webpage import decode_page, read_page
from tests.helpers import FIXTURE_REGISTRY, REPOSITORY, import_articles

CASES = REPOSITORY / "tests" / "importer" / "web_cases"
PAGES = sorted(CASES.rglob("*.html"))
TOKEN = re.compile(r"\w+")
PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Steppe Wire</title>
<meta property="og:title" content="{title}">{head}</head>
<body><nav><a href="/">Home</a> <a href="/culture">Culture</a></nav>
<article><h1>{title}</h1>{body}</article><footer>© 2025 Steppe Wire</footer></body></html>"""
PARAGRAPHS = (
    "<p>AKTAU – Twenty students of the clubs cleaned the beach near the old port on Sunday, the organisers said.</p>"
    "<p>They collected more than two tonnes of plastic and sorted it for recycling with help from a local firm.</p>"
    "<p>The clean-up will take place again in September, when schools return from the summer holidays.</p>"
)


def expected(page: Path) -> dict[str, str]:
    head, _, body = page.with_suffix(".expected.txt").read_text(encoding="utf-8").partition("\n---\n")
    return {**dict(line.split(": ", 1) for line in head.splitlines()), "body": body}


def f1(found: str, wanted: str) -> float:
    got, want = Counter(TOKEN.findall(found.lower())), Counter(TOKEN.findall(wanted.lower()))
    shared = sum((got & want).values())
    return 2 * shared / (sum(got.values()) + sum(want.values()))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """Every case page imported in one batch."""
    out = tmp_path_factory.mktemp("web") / "out"
    result = import_articles("--json", "--out", out, "--date", "2000-01-01", *PAGES)
    assert result.returncode == 0, result.stdout + result.stderr
    return {Path(report["input"]).name: report for report in map(json.loads, result.stdout.splitlines())}


def test_every_case_page_is_imported(imported: dict[str, dict[str, object]]) -> None:
    assert len(PAGES) >= 20 and sorted(imported) == sorted(page.name for page in PAGES)
    assert len(list((CASES / "holdout").glob("*.html"))) * 3 >= len(PAGES)  # a third never tuned on


@pytest.mark.parametrize("page", PAGES, ids=lambda page: f"{page.parent.name}/{page.stem}")
def test_a_page_gives_its_headline_date_and_article_body(imported: dict[str, dict[str, object]], page: Path) -> None:
    want = expected(page)
    article = load_article(Path(str(imported[page.name]["output"])))
    assert article.title == want["title"]
    assert article.date.isoformat() == want["date"]
    assert f1(article.body.replace("\\", ""), want["body"]) >= 0.85, article.body
    for debris in ("cookie", "Subscribe", "Share", "©", "Поделиться", "Бөлісу", "Related", "Читайте"):
        assert debris not in article.body, debris


def test_a_page_keeps_its_metadata(tmp_path: Path) -> None:
    head = (
        '<meta name="author" content="Dana Invented"><meta property="og:site_name" content="Steppe Wire">'
        '<link rel="canonical" href="https://steppewire.example/en/beach">'
        '<meta property="article:published_time" content="2025-06-01T10:00:00+05:00">'
    )
    page = tmp_path / "beach.htm"
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=PARAGRAPHS))
    result = import_articles("--json", "--out", tmp_path / "out", page)
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert (article.title, article.date.isoformat(), article.byline) == (
        "Students clean the beach in Aktau",
        "2025-06-01",
        "Dana Invented",
    )
    assert article.source is not None
    assert (article.source.name, article.source.url) == ("Steppe Wire", "https://steppewire.example/en/beach")
    assert article.summary.startswith("Twenty students of the clubs") and article.dateline == "AKTAU"
    assert article.lang == "en" and "Home" not in article.body and "Steppe Wire" not in article.body


def test_a_hostile_canonical_address_is_not_a_source(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">'
    page = tmp_path / "x.html"
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=PARAGRAPHS))
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.source is None or not (article.source.url or "").startswith(("javascript", "data"))


def test_the_declared_language_wins_and_lang_overrides_it(tmp_path: Path) -> None:
    page = tmp_path / "kk.html"
    page.write_text(PAGE.format(lang="kk-KZ", title="Students clean the beach in Aktau", head="", body=PARAGRAPHS))
    first = import_articles("--json", "--out", tmp_path / "a", "--date", "2025-01-01", page)
    assert load_article(Path(json.loads(first.stdout)["output"])).lang == "kk"
    second = import_articles("--json", "--out", tmp_path / "b", "--date", "2025-01-01", "--lang", "en", page)
    assert load_article(Path(json.loads(second.stdout)["output"])).lang == "en"


RUSSIAN = "<p>Более ста волонтеров клубов убрали берег реки Талас в субботу, сообщили организаторы акции.</p>" * 3


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        ("windows-1251", "cp1251"),
        ("", "cp1251"),
        ("utf-8", "cp1251"),
        ("koi8-r", "koi8-r"),
        ("", "utf-8"),
        ("windows-1251", "utf-8"),
    ],
    ids=["declared", "detected", "declared wrongly", "koi8-r", "utf-8 undeclared", "saved again as utf-8"],
)
def test_a_page_is_decoded_by_its_charset_or_by_detection(declared: str, encoding: str) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    html = (
        f"<html><head>{meta}<title>Субботник на Таласе</title></head><body><article>{RUSSIAN}</article></body></html>"
    )
    text = decode_page(html.encode(encoding))
    assert "Более ста волонтеров" in text
    assert "волонтеров клубов убрали" in read_page(text).text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.html", b"", "not a web page"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ""),
    ],
)
def test_a_page_without_an_article_fails_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    page = tmp_path / name
    page.write_bytes(data)
    result = import_articles("--out", tmp_path / "out", page)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith(f"failed: {page}: {reason}")


def picture(path: Path, size: tuple[int, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (200, 120, 40)).save(path)


def saved_complete(folder: Path, og_image: str, images: str) -> Path:
    """A page saved "complete" by a browser: ``Beach.html`` and its ``Beach_files/`` folder."""
    files = folder / "Beach_files"
    picture(files / "logo.png", (160, 40))
    picture(files / "pixel.gif", (1, 1))
    picture(files / "beach-wide.jpg", (1200, 800))
    picture(files / "second.jpg", (900, 600))
    (files / "frame.html").write_text("<html><body><p>An advertising frame, never an article.</p></body></html>")
    head = f'<meta property="og:image" content="{og_image}">' if og_image else ""
    page = folder / "Beach.html"
    body = images + PARAGRAPHS
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=body))
    return page


def test_a_complete_page_brings_its_og_image_from_its_files_folder(tmp_path: Path) -> None:
    images = '<img src="./Beach_files/logo.png"><img src="./Beach_files/second.jpg" width="900" height="600">'
    page = saved_complete(tmp_path, "https://steppewire.example/media/beach-wide.jpg?w=1200", images)
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", tmp_path)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"] for r in reports] == [str(page)]  # Beach_files/frame.html is not an input
    assert reports[0]["picture"] == str((tmp_path / "Beach_files/beach-wide.jpg").resolve())
    text = import_articles("--out", tmp_path / "out2", "--date", "2025-01-01", page)
    assert f"picture: {page}: {tmp_path.resolve() / 'Beach_files/beach-wide.jpg'}" in text.stderr
    article = load_article(Path(reports[0]["output"]))  # the picture came along, stored beside the article
    assert article.image is not None and article.image.src.endswith(".jpg")
    stored = Path(reports[0]["output"]).parent / article.image.src
    assert Image.open(stored).size == (1200, 800)


def test_without_og_image_the_first_large_picture_of_the_page_is_taken(tmp_path: Path) -> None:
    images = (
        '<img src="Beach_files/pixel.gif"><img src="Beach_files/logo.png" width="160" height="40">'
        '<img src="data:image/png;base64,iVBORw0KGgo="><img src="Beach_files/second.jpg">'
    )
    page = saved_complete(tmp_path, "", images)
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    assert json.loads(result.stdout)["picture"] == str((tmp_path / "Beach_files/second.jpg").resolve())


def test_a_picture_outside_the_files_folder_is_never_taken(tmp_path: Path) -> None:
    picture(tmp_path / "private.jpg", (1200, 800))
    (tmp_path / "Beach_files").mkdir()
    (tmp_path / "Beach_files/link.jpg").symlink_to(tmp_path / "private.jpg")
    images = '<img src="Beach_files/../private.jpg"><img src="Beach_files/link.jpg"><img src="/etc/passwd">'
    page = saved_complete(tmp_path, "https://x.example/private.jpg", images)
    (tmp_path / "Beach_files/beach-wide.jpg").unlink()
    (tmp_path / "Beach_files/second.jpg").unlink()
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    report = json.loads(result.stdout)
    assert report["status"] == "created" and "picture" not in report


def test_a_page_saved_without_its_folder_has_no_picture(tmp_path: Path) -> None:
    page = tmp_path / "alone.html"
    head = '<meta property="og:image" content="https://steppewire.example/media/beach.jpg">'
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=PARAGRAPHS))
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    report = json.loads(result.stdout)
    assert report["status"] == "created" and "picture" not in report
    assert "image" not in load_article(Path(report["output"])).front_matter()  # never a remote address


def test_a_batch_of_pages_shows_its_progress_on_a_terminal(tmp_path: Path) -> None:
    pages = PAGES[:3]
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    command = [sys.executable, str(REPOSITORY / "scripts/import_articles.py"), "--registry", str(FIXTURE_REGISTRY)]
    command += ["--out", str(tmp_path / "out"), "--date", "2025-01-01", *map(str, pages)]
    process = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, text=True, timeout=300, check=False)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0 and process.stdout.count("created: ") == len(pages)
    assert b"importing:" in shown and f"0/{len(pages)} [".encode() in shown  # tqdm's bar
    assert b"3 files: 3 created" in shown


def test_the_main_pictures_caption_and_credit_come_from_its_figure(tmp_path: Path) -> None:
    figures = (
        '<figure><img src="/media/logo.png" width="40" height="40"><figcaption>Our logo</figcaption></figure>'
        '<figure><img src="/media/other.jpg"><figcaption>Another picture of the day</figcaption></figure>'
        '<figure><img src="/media/beach.jpg?w=900"><figcaption>Volunteers sort plastic on the beach. '
        "Photo: Steppe Wire / Aigerim Invented</figcaption></figure>"
    )
    head = '<meta property="og:image" content="https://steppewire.example/media/beach.jpg">'
    page = tmp_path / "beach.html"
    body = figures + PARAGRAPHS
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=body))
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.image is not None and article.image.src is None
    assert article.image.caption == "Volunteers sort plastic on the beach."
    assert article.image.credit == "Steppe Wire / Aigerim Invented"
    assert "Volunteers sort plastic" not in article.body and "Our logo" not in article.body


def test_a_publisher_named_as_author_is_no_byline_and_the_site_spells_its_name(tmp_path: Path) -> None:
    head = '<meta name="author" content="Steppe Wire"><meta property="og:site_name" content="Steppe Wire">'
    body = "<p>AKTAU. STEPPE WIRE – Twenty students of the clubs cleaned the beach on Sunday, the organisers said.</p>"
    page = tmp_path / "beach.html"
    page.write_text(PAGE.format(lang="en", title="Students clean the beach in Aktau", head=head, body=body * 3))
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-01-01", page)
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.byline is None
    assert article.source is not None and article.source.name == "Steppe Wire"
