"""An imported article's picture: found beside its raw text, made safe, stored beside the article.

``story.txt`` brings ``story.jpg`` (or ``.jpeg``, ``.png``, ``.webp``) with it; ``--image PATH``
names the picture of a single text. The picture is cleaned (``newsroom.pictures``: upright,
sRGB, no GPS, no EXIF, XMP nor IPTC) and stored beside the article as
``<slug>-<hash>.<ext>`` (``docs/news/2023/clubs-plant-trees-1a2b3c4d.jpg``): named after the
article, with 8 hex digits of its content, so that the same text with the same picture is
``unchanged`` and a different picture is a change of the article. The front matter gets
``image: {src, alt, caption, credit}``; the alt text starts from the caption, and the import
says so, for an editor to check.

A picture that cannot be used never stops the text: the article is imported without it,
with a warning naming the picture file.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.article import Article, Image
from newsroom.pictures import PICTURE_EXTENSIONS, CleanPicture, PictureError, clean_picture, save_picture

WRITTEN = ("created", "updated", "unchanged")


@dataclass
class ImportedPicture:
    """A raw text's picture, ready to be stored beside its article (``clean`` is None when it is bad)."""

    source: str
    name: str = ""
    clean: CleanPicture | None = None
    warnings: list[str] = field(default_factory=list)


def picture_beside(text_path: Path) -> Path | None:
    """The picture with the text's name (``story.txt``: ``story.jpg``...), or None."""
    for extension in PICTURE_EXTENSIONS:
        for candidate in (text_path.with_suffix(extension), text_path.with_suffix(extension.upper())):
            if candidate.is_file():
                return candidate
    return None


def attach_picture(article: Article, text_path: Path, image: Path | None = None) -> ImportedPicture | None:
    """Clean the text's picture (``image``, or the one beside the text) and name it in ``article.image``.

    Returns None when the text has no picture; an ImportedPicture with warnings otherwise.
    """
    source = image or picture_beside(text_path)
    if source is None:
        return None
    imported = ImportedPicture(str(source))
    try:
        imported.clean = clean_picture(source)
    except PictureError as error:
        imported.warnings.append(f"{error}: the text is imported without its picture")
        return imported
    except Exception as error:  # a picture Pillow trips over never stops the text, nor shows a traceback
        reason = f"{type(error).__name__}: {error}"
        imported.warnings.append(f"{source}: cannot be read ({reason}): the text is imported without its picture")
        return imported
    digest = hashlib.sha256(imported.clean.data).hexdigest()[:8]
    imported.name = f"{article.slug}-{digest}{imported.clean.extension}"
    old = article.image or Image()
    alt = old.alt or old.caption
    if alt and not old.alt:
        imported.warnings.append(f"{source}: the alt text is the caption; check that it describes the picture")
    elif not alt:
        imported.warnings.append(f"{source}: no alt text; write image.alt (what the picture shows) before publishing")
    article.image = dataclasses.replace(old, src=imported.name, alt=alt or None)
    return imported


def store_picture(status: str, output: str | None, picture: ImportedPicture | None, dry_run: bool) -> list[str]:
    """Write the picture beside the article at ``output`` when the article was written (or is
    unchanged); the warnings to report (the picture's, and a failed write's)."""
    if picture is None:
        return []
    warnings = list(picture.warnings)
    if picture.clean is None or status not in WRITTEN or output is None or dry_run:
        return warnings
    target = Path(output).parent / picture.name
    try:
        save_picture(picture.clean, target)
    except OSError as error:
        warnings.append(f"{target}: cannot write the picture ({error.strerror or error})")
    return warnings
