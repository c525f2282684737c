"""The importer's pictures: beside the text or ``--image``, cleaned, stored beside the article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from newsroom.article import load_article
from newsroom.pictures import metadata_in
from tests.helpers import SEED, import_articles
from tests.helpers import pictures as make

DATE = "2023-10-31"
SLUG = "kazakhstan-heads-the-world-federation-of-clubs-for-unesco"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """The seed text as ``story.txt`` in a folder of its own, with a phone photo beside it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "story.txt")
    make.phone_photo(raw / "story.jpg")
    return raw / "story.txt"


def imported(out: Path, *args: str | Path) -> dict:
    result = import_articles("--out", out, "--date", DATE, "--json", *args)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1, result.stdout + result.stderr
    return lines[0]


def test_a_picture_beside_the_text_is_stored_clean_beside_the_article(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "news"
    result = imported(out, story)
    assert result["status"] == "created" and result["picture"] == str(story.with_suffix(".jpg"))
    article = load_article(Path(result["output"]))
    assert article.image is not None and article.image.src is not None
    assert article.image.src.startswith(f"{SLUG}-") and article.image.src.endswith(".jpg")
    assert (article.image.caption, article.image.credit) == ("Akchulakov", "www.unesco.org")
    stored = out / "2023" / article.image.src
    assert metadata_in(stored) == [] and b"SERIAL-12345" not in stored.read_bytes()
    with Image.open(stored) as picture:
        assert picture.size == (800, 1200)  # upright
    assert make.colour_at(stored, 0.5, 0.2)[0] > 180


def test_the_alt_text_starts_from_the_caption_and_the_report_says_so(story: Path, tmp_path: Path) -> None:
    result = imported(tmp_path / "news", story)
    assert load_article(Path(result["output"])).image.alt == "Akchulakov"
    assert any(
        "alt text is the caption" in warning and str(story.with_suffix(".jpg")) in warning
        for warning in result["warnings"]
    )


def test_the_same_text_and_picture_again_are_unchanged(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "news"
    first = imported(out, story)
    picture = next((out / "2023").glob("*.jpg"))
    written = picture.stat().st_mtime_ns
    again = imported(out, story)
    assert (first["status"], again["status"]) == ("created", "unchanged")
    assert picture.stat().st_mtime_ns == written
    assert sorted(p.name for p in (out / "2023").iterdir()) == [picture.name, f"{SLUG}.md"]


def test_another_picture_for_the_same_text_is_a_change_of_the_article(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "news"
    imported(out, story)
    make.cmyk_jpeg(story.with_suffix(".jpg"))
    again = imported(out, story)
    assert again["status"] == "exists"  # never replaced without --force
    forced = imported(out, story, "--force")
    assert forced["status"] == "updated"
    src = load_article(Path(forced["output"])).image.src
    assert (out / "2023" / src).is_file()


def test_image_option_names_the_picture_of_a_single_text(tmp_path: Path) -> None:
    picture = make.rgba_png(tmp_path / "elsewhere.png")
    result = imported(tmp_path / "news", SEED, "--image", picture)
    src = load_article(Path(result["output"])).image.src
    assert src.endswith(".png")
    with Image.open(tmp_path / "news" / "2023" / src) as stored:
        assert stored.mode == "RGBA"


def test_image_option_with_several_texts_or_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    picture = make.phone_photo(tmp_path / "p.jpg")
    several = import_articles("--out", tmp_path / "news", SEED, SEED, "--image", picture)
    missing = import_articles("--out", tmp_path / "news", SEED, "--image", tmp_path / "gone.jpg")
    assert several.returncode == missing.returncode == 2
    assert "--image" in several.stderr and f"{tmp_path / 'gone.jpg'} is not a file" in missing.stderr
    assert not (tmp_path / "news").exists()


@pytest.mark.parametrize("maker", [make.corrupt_jpeg, make.text_named_jpg, make.bomb_png])
def test_a_bad_picture_never_stops_the_text(maker, story: Path, tmp_path: Path) -> None:
    bad = story.with_suffix(".png" if maker is make.bomb_png else ".jpg")
    story.with_suffix(".jpg").unlink()
    maker(bad)
    out = tmp_path / "news"
    result = imported(out, story)
    assert result["status"] == "created" and "picture" not in result  # the report names no stored picture
    article = load_article(Path(result["output"]))
    assert article.image is not None and article.image.src is None  # caption and credit kept, no picture
    assert any(warning.startswith(f"{bad}: ") and "without its picture" in warning for warning in result["warnings"])
    assert [p.suffix for p in (out / "2023").iterdir()] == [".md"]


def test_a_dry_run_writes_no_picture(story: Path, tmp_path: Path) -> None:
    result = imported(tmp_path / "news", story, "--dry-run")
    assert result["status"] == "created" and result["dry_run"]
    assert not (tmp_path / "news").exists()


def test_the_text_report_names_the_bad_picture_before_the_status_line(story: Path, tmp_path: Path) -> None:
    make.text_named_jpg(story.with_suffix(".jpg"))
    result = import_articles("--out", tmp_path / "news", "--date", DATE, story)
    assert result.returncode == 0 and result.stdout.startswith("created: ")
    assert f"warning: {story}: {story.with_suffix('.jpg')}: not a picture" in result.stderr
