"""Pictures made safe to publish: opened with bounded memory, upright, in sRGB, with no metadata.

Whatever a camera or a phone wrote into a file (GPS position, camera serial, owner, XMP, IPTC)
stays out of what this module writes: pixels are re-encoded into a fresh file that carries
no EXIF, XMP, IPTC nor ICC profile (untagged pictures are sRGB on the web). The EXIF
orientation is applied first, so a phone photo taken upright is stored upright.

Bad input (not a picture, a corrupt file, a decompression bomb) raises PictureError, whose
message names the file. Nothing here knows about MkDocs or the importer.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom.article import Article
from newsroom.files import write_atomic

if TYPE_CHECKING:  # Pillow (about 4 MiB) is loaded by the functions that read or write pixels, not on import:
    from PIL import Image, ImageCms  # a site build with no picture to make never needs it (peak memory)

PICTURE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")
"""The pictures an editor brings (a GIF or TIFF is read too, and stored as PNG)."""
MAX_SIDE = 2400
"""The longest side of a stored picture: more than a page needs (derivatives stop at 1600 wide)."""
MAX_PIXELS = 150_000_000
"""Pixels a JPEG may declare (it is decoded at a reduced scale, so memory stays small)."""
MAX_DECODED_PIXELS = 50_000_000
"""Pixels other formats may declare: they are decoded whole (RGBA: 200 MB at most)."""
MAX_FILE_BYTES = 200 * 2**20
JPEG_QUALITY = 90
FORMATS = {"JPEG": ".jpg", "WEBP": ".webp"}
"""The formats kept as they are; every other one (PNG, GIF, TIFF...) is stored as PNG."""


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    """The sRGB profile pictures are converted to (made once, when first needed)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class PictureError(ValueError):
    """A file that cannot be published as a picture; the message names the file and the problem."""


@dataclass(frozen=True)
class CleanPicture:
    """A picture's bytes ready to publish: no metadata, upright, sRGB."""

    data: bytes
    extension: str
    width: int
    height: int


@contextmanager
def _own_pixel_limits() -> Iterator[None]:
    """Pillow's bomb warning is ours to decide (``_check_size``); its error, for gross bombs, stays."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


def open_picture(path: Path, max_side: int = MAX_SIDE, name: str | None = None, decode: bool = True) -> Image.Image:
    """The first frame of the picture at ``path``, loaded, at most about ``max_side`` on its longest side
    for a JPEG (decoded at 1/2, 1/4 or 1/8 scale when it is huge). Raise PictureError naming the file.

    Without ``decode`` (to check a picture, not to use it), a JPEG is read at 1/8 scale: fast, and a
    damaged file still shows."""
    from PIL import Image, UnidentifiedImageError

    name = name or str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PictureError(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MB")
        with _own_pixel_limits():
            image = Image.open(path)
            _check_size(image, name)
            if image.format == "JPEG":  # to check it, every block is still read: a damaged file shows
                scale = max(image.width, image.height) / max_side if decode else 8
                if scale >= 2:
                    image.draft(None, (int(image.width / scale), int(image.height / scale)))
            image.seek(0)  # an animated GIF or WebP: its first frame
            image.load()
            if max(image.size) > max_side:  # in place, before any copy: memory stays bounded
                image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
            return image
    except PictureError:
        raise
    except Image.DecompressionBombError:
        raise PictureError(f"{name}: too many pixels (a decompression bomb?); at most {MAX_PIXELS:,}") from None
    except FileNotFoundError:
        raise PictureError(f"{name}: no such file") from None
    except UnidentifiedImageError:
        raise PictureError(f"{name}: not a picture (JPEG, PNG or WebP expected)") from None
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise PictureError(f"{name}: cannot be read ({reason}; a damaged or incomplete file?)") from None
    except (ValueError, SyntaxError, EOFError, MemoryError) as error:
        raise PictureError(f"{name}: cannot be read ({error or type(error).__name__}; a damaged file?)") from None


def _check_size(image: Image.Image, name: str) -> None:
    pixels = image.width * image.height
    limit = MAX_PIXELS if image.format == "JPEG" else MAX_DECODED_PIXELS
    if pixels > limit or not pixels:
        raise PictureError(f"{name}: {image.width} x {image.height} pixels is too many; at most {limit:,}")


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def to_srgb(image: Image.Image) -> Image.Image:
    """``image`` as 8-bit RGB (or RGBA when it has transparency), its colours converted to sRGB
    through its embedded ICC profile (CMYK, wide-gamut, grey); without a profile, as Pillow converts."""
    from PIL import ImageCms

    icc = image.info.get("icc_profile")
    alpha = _has_alpha(image)
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):  # 16-bit or float grey: scale to 8 bits
        maximum = 65535 if image.mode != "F" else 1.0
        image = image.convert("F").point(lambda value: value * 255 / maximum).convert("L")
    elif image.mode not in ("RGB", "RGBA", "L", "CMYK"):
        image = image.convert("RGBA" if alpha else "RGB")
    target = "RGBA" if alpha and image.mode in ("RGBA", "LA") else "RGB"
    if icc and image.mode in ("RGB", "RGBA", "L", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _srgb(), outputMode=target)
            if converted is not None:
                image = converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: the colours as they are
    image = image.convert(target) if image.mode != target else image
    if target == "RGBA" and image.getextrema()[3][0] == 255:
        image = image.convert("RGB")  # an alpha channel with nothing transparent
    return image


def clean_image(image: Image.Image, max_side: int = MAX_SIDE) -> Image.Image:
    """Upright, sRGB, at most ``max_side`` on its longest side, with no metadata left in ``info``."""
    from PIL import Image, ImageOps

    upright = ImageOps.exif_transpose(image) or image
    upright.info.setdefault("icc_profile", image.info.get("icc_profile"))
    clean = to_srgb(upright)
    if max(clean.size) > max_side:
        clean = clean.copy() if clean is image else clean
        clean.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    clean.info = {}  # nothing of the original (EXIF, XMP, ICC, comments) follows the pixels
    return clean


def encode(image: Image.Image, extension: str, quality: int = JPEG_QUALITY, effort: int = 4) -> bytes:
    """The picture as a fresh file in the format of ``extension``, without any metadata.

    JPEG has no transparency: a picture with alpha is laid on white. ``effort`` is WebP's method
    (0 fast to 6 small).
    """
    from PIL import Image

    buffer = io.BytesIO()
    if extension in (".jpg", ".jpeg"):
        if image.mode != "RGB":
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
            image = flat
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    elif extension == ".webp":
        image.save(buffer, "WEBP", quality=quality, method=effort)
    else:
        image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def clean_picture(path: Path, name: str | None = None, max_side: int = MAX_SIDE) -> CleanPicture:
    """The picture at ``path`` made safe to publish (see the module); PictureError naming it if it cannot be."""
    name = name or str(path)
    with open_picture(path, max_side, name) as image:
        source_format = image.format or ""
        try:
            clean = clean_image(image, max_side)
            extension = FORMATS.get(source_format, ".png")
            data = encode(clean, extension)
        except (OSError, ValueError, MemoryError) as error:
            raise PictureError(f"{name}: cannot be converted ({error or type(error).__name__})") from None
    return CleanPicture(data, extension, clean.width, clean.height)


def save_picture(picture: CleanPicture, target: Path) -> bool:
    """Write the picture atomically unless ``target`` holds it already; True when written."""
    try:
        if target.read_bytes() == picture.data:
            return False
    except OSError:
        pass
    write_atomic(target, picture.data)
    return True


def picture_problem(path: Path, name: str | None = None) -> str | None:
    """Why the picture at ``path`` cannot be published (the message names it), or None when it can.

    For content checks, which must stay fast: it reads the picture as a build does, a JPEG at 1/8
    scale (``open_picture`` without ``decode``).
    """
    try:
        with open_picture(path, name=name, decode=False):
            return None
    except PictureError as error:
        return str(error)


ALT_MISSING = "image.alt: missing (say what the picture shows, for who cannot see it)"


def missing_picture(origin: str, src: str, path: str, label: str = "docs") -> str:
    """The message for an article (``origin``) whose ``image.src`` names no picture file of the site."""
    return f"{origin}: image.src: {src!r}: no picture {label}/{path} (JPEG, PNG or WebP)"


def article_picture_problems(
    article: Article, docs_dir: Path, label: str = "docs", read: Callable[[Path, str], str | None] | None = None
) -> list[str]:
    """What stops an article's picture from being published, one message each, naming the files
    (for content checks): no such picture, not a picture, no alt text. A picture on another host
    is never shown, and is no problem here. ``read`` is ``picture_problem`` or one that remembers."""
    if not article.image or not article.image.src or (path := article.image_path) is None:
        return []
    origin = f"{label}/{article.src_path}"
    where = docs_dir / path
    if not where.is_file() or where.suffix.lower() not in (*PICTURE_EXTENSIONS, ".gif"):
        return [missing_picture(origin, article.image.src, path, label)]
    problems = []
    if problem := (read or picture_problem)(where, f"{label}/{path}"):
        problems.append(f"{problem} (the picture of {origin})")
    if not (article.image.alt or "").strip():
        problems.append(f"{origin}: {ALT_MISSING}")
    return problems


METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "iptc", "photoshop", "icc_profile", "comment", "gps")


def metadata_in(path: Path) -> list[str]:
    """The metadata a picture file carries (``exif``, ``xmp``, ``icc_profile``...); empty when clean."""
    from PIL import Image

    with Image.open(path) as image:
        found = [key for key in METADATA_KEYS if image.info.get(key)]
        if image.getexif():
            found.append("exif tags")
        if image.format == "PNG" and any(key.lower() not in ("dpi", "gamma") for key in image.text):
            found.append("png text")
    return sorted(set(found))
