"""newsroom.pictures on real pictures made with Pillow: upright, sRGB, no metadata, bad files named."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from newsroom.article import Article
from newsroom.article import Image as ArticleImage
from newsroom.pictures import PictureError, article_picture_problems, clean_picture, metadata_in, picture_problem
from tests.helpers import REPOSITORY
from tests.helpers import pictures as make


def cleaned(path: Path, tmp_path: Path) -> Path:
    picture = clean_picture(path)
    out = tmp_path / f"clean{picture.extension}"
    out.write_bytes(picture.data)
    return out


def test_a_phone_photo_comes_out_upright_without_gps_exif_or_xmp(tmp_path: Path) -> None:
    photo = make.phone_photo(tmp_path / "phone.jpg", 1200, 800)
    assert {"exif", "xmp"} <= set(metadata_in(photo))  # the test photo does carry them
    out = cleaned(photo, tmp_path)
    assert metadata_in(out) == []
    assert b"SERIAL-12345" not in out.read_bytes() and b"Invented Owner" not in out.read_bytes()
    with Image.open(out) as image:
        assert image.size == (800, 1200)  # stored sideways, shown upright: portrait
    assert make.colour_at(out, 0.5, 0.2)[0] > 180  # red at the top
    assert make.colour_at(out, 0.5, 0.8)[2] > 150  # blue at the bottom
    assert make.colour_at(out, 0.03, 0.03) == pytest.approx((255, 255, 255), abs=12)  # the mark, top left


@pytest.mark.parametrize(
    ("maker", "name", "mode", "extension"),
    [
        (make.cmyk_jpeg, "in.jpg", "RGB", ".jpg"),
        (make.wide_gamut_jpeg, "in.jpg", "RGB", ".jpg"),
        (make.png16, "in.png", "L", ".png"),
        (make.rgba_png, "in.png", "RGBA", ".png"),
        (make.animated_gif, "in.gif", "RGB", ".png"),
    ],
)
def test_every_kind_of_picture_becomes_8_bit_srgb_without_a_profile(
    maker, name: str, mode: str, extension: str, tmp_path: Path
) -> None:
    source = maker(tmp_path / name)
    out = cleaned(source, tmp_path)
    assert out.suffix == extension
    assert metadata_in(out) == []
    with Image.open(out) as image:
        assert image.mode in (mode, "RGB") and getattr(image, "n_frames", 1) == 1
        assert "icc_profile" not in image.info


def test_cmyk_colours_survive_the_conversion(tmp_path: Path) -> None:
    out = cleaned(make.cmyk_jpeg(tmp_path / "cmyk.jpg"), tmp_path)
    red, green, blue = make.colour_at(out, 0.5, 0.2)
    assert red > 180 and green < 90 and blue < 90


def test_a_16_bit_picture_keeps_its_tones(tmp_path: Path) -> None:
    out = cleaned(make.png16(tmp_path / "deep.png"), tmp_path)
    top, bottom = make.colour_at(out, 0.5, 0.05)[0], make.colour_at(out, 0.5, 0.95)[0]
    assert top < 40 and bottom > 215  # a gradient, not a white or black sheet


def test_transparency_is_kept(tmp_path: Path) -> None:
    out = cleaned(make.rgba_png(tmp_path / "alpha.png"), tmp_path)
    with Image.open(out) as image:
        assert image.mode == "RGBA" and image.getextrema()[3][0] < 10


def test_an_animated_gif_gives_its_first_frame(tmp_path: Path) -> None:
    out = cleaned(make.animated_gif(tmp_path / "moving.gif"), tmp_path)
    assert make.colour_at(out, 0.5, 0.5) == (200, 0, 0)


@pytest.mark.parametrize(
    ("maker", "problem"),
    [
        (make.bomb_png, "too many pixels"),
        (make.corrupt_jpeg, "cannot be read"),
        (make.text_named_jpg, "not a picture"),
    ],
)
def test_bad_pictures_get_a_message_naming_the_file(maker, problem: str, tmp_path: Path) -> None:
    path = maker(tmp_path / ("bomb.png" if maker is make.bomb_png else "bad.jpg"))
    with pytest.raises(PictureError) as caught:
        clean_picture(path)
    assert str(caught.value).startswith(f"{path}: ") and problem in str(caught.value)
    assert picture_problem(path, "docs/x.jpg").startswith("docs/x.jpg: ")


def test_a_missing_picture_is_named(tmp_path: Path) -> None:
    assert picture_problem(tmp_path / "gone.jpg") == f"{tmp_path / 'gone.jpg'}: no such file"


def test_a_good_picture_has_no_problem(tmp_path: Path) -> None:
    assert picture_problem(make.phone_photo(tmp_path / "ok.jpg")) is None


MEMORY_PROBE = """
import re, sys
from pathlib import Path
from newsroom.pictures import clean_picture
picture = clean_picture(Path(sys.argv[1]))
status = Path("/proc/self/status").read_text()  # VmHWM: this process's peak, not inherited (unlike ru_maxrss)
print(picture.width, picture.height, int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
"""


def test_a_huge_photo_is_stored_smaller_in_bounded_memory(tmp_path: Path) -> None:
    photo = make.large_photo(tmp_path / "camera.jpg", 10500, 7000)  # 73 megapixels: 220 MB decoded whole
    assert photo.stat().st_size > 40 * 2**20
    probe = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEMORY_PROBE), str(photo)],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        timeout=300,
        check=True,
    )
    width, height, peak_mib = map(int, probe.stdout.split())
    assert (width, height) == (2400, 1600)
    assert peak_mib < 150, f"peak memory {peak_mib} MiB"


def test_an_articles_picture_problems_name_the_files(tmp_path: Path) -> None:
    (tmp_path / "news" / "2024").mkdir(parents=True)
    make.text_named_jpg(tmp_path / "news" / "2024" / "fake.jpg")
    make.phone_photo(tmp_path / "news" / "2024" / "ok.jpg")

    def article(**image: str) -> Article:
        return Article("T", dt.date(2024, 1, 1), image=ArticleImage(**image), src_path="news/2024/t.md")

    assert article_picture_problems(article(src="ok.jpg", alt="A flag"), tmp_path) == []
    assert article_picture_problems(article(src="https://elsewhere.example/a.jpg"), tmp_path) == []
    assert article_picture_problems(article(src="gone.jpg", alt="x"), tmp_path) == [
        "docs/news/2024/t.md: image.src: 'gone.jpg': no picture docs/news/2024/gone.jpg (JPEG, PNG or WebP)"
    ]
    fake, no_alt = article_picture_problems(article(src="fake.jpg"), tmp_path)
    assert fake.startswith("docs/news/2024/fake.jpg: not a picture") and fake.endswith(
        "(the picture of docs/news/2024/t.md)"
    )
    assert no_alt.startswith("docs/news/2024/t.md: image.alt: missing")
