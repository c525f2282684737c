"""Real pictures made with Pillow for tests: a phone photo with GPS and orientation tags, CMYK,
16-bit, transparent, animated, a decompression bomb, a damaged file, text named .jpg."""

from __future__ import annotations

import io
import re
import shutil
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

from tests.helpers import SEED, copy_project, import_articles

GPS_IFD = 0x8825
ORIENTATION = 0x0112
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/>Invented Owner</x:xmpmeta>'


def phone_exif(orientation: int = 6) -> Image.Exif:
    """EXIF as a phone writes it: orientation, GPS position, camera serial and owner."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Invented Phones Ltd"  # Make
    exif[0xA431] = "SERIAL-12345"  # BodySerialNumber
    exif[0xA430] = "Invented Owner"  # CameraOwnerName
    exif[GPS_IFD] = {1: "N", 2: (43.0, 15.0, 0.0), 3: "E", 4: (76.0, 54.0, 0.0)}
    return exif


def landscape(width: int = 1200, height: int = 800, mode: str = "RGB") -> Image.Image:
    """A picture whose top is red and bottom blue, with a white mark at the top left: its
    orientation can be read back."""
    image = Image.new("RGB", (width, height), (30, 60, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, height // 2), fill=(220, 30, 30))
    draw.rectangle((0, 0, width // 8, height // 8), fill=(255, 255, 255))
    return image.convert(mode) if mode != "RGB" else image


def phone_photo(path: Path, width: int = 1200, height: int = 800) -> Path:
    """A JPEG stored sideways with orientation 6 (as a phone held upright writes it), GPS and XMP.

    Shown upright it is ``height`` wide and ``width`` tall, red at the top.
    """
    upright = landscape(height, width)  # portrait, red on top
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # orientation 6 rotates it back clockwise
    stored.save(path, "JPEG", quality=90, exif=phone_exif(6), xmp=XMP, comment=b"Invented Owner")
    return path


def cmyk_jpeg(path: Path) -> Path:
    landscape(800, 600, "CMYK").save(path, "JPEG", quality=90)
    return path


def wide_gamut_jpeg(path: Path) -> Path:
    """A JPEG with an embedded (non-sRGB) ICC profile: LAB-based profiles are not at hand, so a
    Pillow-made sRGB profile under another description stands in for it."""
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    landscape(800, 600).save(path, "JPEG", quality=90, icc_profile=profile)
    return path


def png16(path: Path) -> Path:
    """A 16-bit greyscale PNG, a gradient from black to white."""
    image = Image.linear_gradient("L").resize((600, 400)).convert("I")
    image = image.point(lambda value: value * 257).convert("I;16")
    image.save(path, "PNG")
    return path


def rgba_png(path: Path) -> Path:
    image = landscape(800, 600, "RGBA")
    image.putalpha(Image.linear_gradient("L").resize((800, 600)))
    image.save(path, "PNG")
    return path


def animated_gif(path: Path) -> Path:
    frames = [Image.new("RGB", (400, 300), colour) for colour in ((200, 0, 0), (0, 200, 0), (0, 0, 200))]
    frames[0].save(path, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return path


def bomb_png(path: Path, side: int = 30_000) -> Path:
    """A tiny PNG file whose header declares ``side`` x ``side`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * (side * 3 + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return path


def corrupt_jpeg(path: Path) -> Path:
    """A JPEG cut short after its first kilobyte."""
    buffer = io.BytesIO()
    landscape(800, 600).save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue()[:1024])
    return path


def text_named_jpg(path: Path) -> Path:
    path.write_text("This is a caption, not a picture.\n", encoding="utf-8")
    return path


def large_photo(path: Path, width: int = 9000, height: int = 6000) -> Path:
    """A large noisy JPEG (tens of MB): a camera's full-size photo."""
    Image.effect_noise((width, height), 80).convert("RGB").save(path, "JPEG", quality=95, exif=phone_exif(1))
    return path


def colour_at(path: Path, x: float, y: float) -> tuple[int, ...]:
    """The colour of the picture at ``path`` at a fraction of its width and height."""
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        return rgb.getpixel((int(x * (rgb.width - 1)), int(y * (rgb.height - 1))))


ARTICLE = """---
title: {title}
date: 2024-0{month}-01
summary: {title} summary.
tags: [youth]
lang: en
{image}
---

Body of {title}.
"""
PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}
SITE_URL = "https://example.org/newsroom/"


def write_article(project: Path, name: str, month: int, image: str = "") -> Path:
    path = project / "docs" / "news" / "2024" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=name.title(), month=month, image=image), encoding="utf-8")
    return path


def picture_project(root: Path) -> Path:
    """The fixture site, the seed imported with a phone photo, and hand-written articles with pictures."""
    project = copy_project(root / "project", seed=False)
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "seed.txt")
    phone_photo(raw / "seed.jpg", 2400, 1600)
    result = import_articles("--out", project / "docs" / "news", "--date", "2023-10-31", raw / "seed.txt")
    assert result.returncode == 0, result.stderr
    photos = project / "docs" / "assets" / "photos"
    photos.mkdir(parents=True)
    cmyk_jpeg(photos / "cmyk.jpg")
    png16(photos / "deep.png")
    (project / "docs" / "news" / "2024").mkdir()
    rgba_png(project / "docs" / "news" / "2024" / "alpha.png")
    landscape(300, 200).save(photos / "small.jpg", "JPEG")
    write_article(project, "cmyk", 1, "image: {src: /assets/photos/cmyk.jpg, alt: A red and blue flag}")
    write_article(project, "deep", 2, "image: {src: /assets/photos/deep.png, alt: A grey gradient}")
    write_article(project, "alpha", 3, "image: {src: alpha.png, alt: A fading flag, caption: Fading, credit: Ann Lee}")
    write_article(project, "small", 4, "image: {src: /assets/photos/small.jpg, alt: A small flag}")
    write_article(project, "no-picture", 5, "image: {caption: A caption alone, credit: Nobody}")
    return with_site_url(project, SITE_URL)


def with_site_url(project: Path, url: str) -> Path:
    """Set the project's ``site_url`` (sharing tags and feeds need one)."""
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^site_url:.*$", f"site_url: {url}", config.read_text(encoding="utf-8")))
    return project
