"""Sharing cards: a generated picture (title, site name, date) for an article without its own.

A link to an article without a picture still shows a preview: a 1200 x 630 JPEG drawn with
Pillow in DejaVu Sans (Latin, Cyrillic and the Kazakh letters), the font Debian's
``fonts-dejavu-core`` package ships (matplotlib's copy is used too). Without the font, no
card is drawn and articles without a picture share as before. Cards are cached by a digest of
what they show, like the derivatives of pictures. A site asks for them in ``mkdocs.yml``
(``extra: newsroom: sharing_cards: true``): drawing one costs a few hundredths of a second.
On a multilingual site a card carries the site name of its article's section (``site_name`` of
the language in ``extra.newsroom.languages``, else the site's).
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsroom.article import Article
from newsroom.files import write_atomic
from newsroom.site.pictures import Picture, Pictures, Variant
from newsroom.site.render import human_date

if TYPE_CHECKING:  # Pillow loaded when a card is drawn (newsroom.pictures)
    from PIL import ImageDraw, ImageFont

CARD_SIZE = (1200, 630)
OUT_FOLDER = "assets/cards"
BACKGROUND = (48, 63, 159)  # Material's indigo, the site's primary colour
FOREGROUND = (255, 255, 255)
MUTED = (197, 202, 233)
FONT_FILES = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf")
FONT_FOLDERS = (Path("/usr/share/fonts/truetype/dejavu"),)
RECIPE = "1"


@dataclass(frozen=True)
class Card:
    """A drawn card: where the site publishes it, its file in the cache, and its size."""

    path: str
    file: Path
    width: int = CARD_SIZE[0]
    height: int = CARD_SIZE[1]


@cache
def font_files() -> tuple[Path, Path] | None:
    """DejaVu Sans bold and book, from Debian's package or matplotlib's copy; None without them."""
    folders = list(FONT_FOLDERS)
    matplotlib = importlib.util.find_spec("matplotlib")  # found, never imported: only its font files
    if matplotlib is not None and matplotlib.origin:
        folders.append(Path(matplotlib.origin).parent / "mpl-data" / "fonts" / "ttf")
    for folder in folders:
        bold, book = (folder / name for name in FONT_FILES)
        if bold.is_file() and book.is_file():
            return bold, book
    return None


def _lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """``text`` wrapped to ``width`` pixels, at most ``most`` lines (the last cut with an ellipsis)."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = textwrap.shorten(lines[-1] + " …", len(lines[-1]), placeholder=" …")
    return lines


def draw_card(title: str, site_name: str, date_text: str) -> bytes:
    """The card as JPEG bytes (no metadata). Raises LookupError when the font is missing."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = font_files()
    if fonts is None:
        raise LookupError("no DejaVu Sans font (apt-get install fonts-dejavu-core)")
    bold, book = fonts
    card = Image.new("RGB", CARD_SIZE, BACKGROUND)
    draw = ImageDraw.Draw(card)
    small = ImageFont.truetype(str(book), 34)
    draw.text((72, 60), site_name, font=small, fill=MUTED)
    for size, most in ((68, 4), (54, 5), (44, 6)):
        big = ImageFont.truetype(str(bold), size)
        lines = _lines(draw, title, big, CARD_SIZE[0] - 144, most)
        if len(lines) < most or size == 44:
            break
    top = 150
    for line in lines:
        draw.text((72, top), line, font=big, fill=FOREGROUND)
        top += int(size * 1.2)
    draw.text((72, CARD_SIZE[1] - 90), date_text, font=small, fill=MUTED)
    buffer = io.BytesIO()
    card.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def card_key(title: str, site_name: str, date_text: str) -> str:
    """What names a card's file: a digest of the words it shows (and of how it is drawn)."""
    return hashlib.sha256("\0".join((RECIPE, title, site_name, date_text)).encode()).hexdigest()[:16]


def sharing_card(title: str, site_name: str, date_text: str, cache_dir: Path) -> Card | None:
    """The card for these words, drawn once and cached; None when no font is at hand."""
    if font_files() is None:
        return None
    key = card_key(title, site_name, date_text)
    file = cache_dir / f"card-{key}.jpg"
    if not file.is_file():
        write_atomic(file, draw_card(title, site_name, date_text), durable=False)
    return Card(f"{OUT_FOLDER}/{key}.jpg", file)


def sharing_cards(
    articles: Iterable[Article],
    pictures: Pictures,
    site_name: str,
    cache_dir: Path,
    site_names: Mapping[str, str] | None = None,
) -> dict[str, Picture]:
    """By article docs path: a card, as the sharing picture of each article without a picture of its own.

    ``site_names``: by language, the site name of that language's section (``site_name`` otherwise).
    """
    cards: dict[str, Picture] = {}
    site_names = site_names or {}
    for article in articles:
        if pictures.for_article(article) is not None:
            continue
        name = site_names.get(article.lang) or site_name
        card = sharing_card(article.title, name, human_date(article.date, article.lang), cache_dir)
        if card is None:
            return {}
        variant = Variant(card.path, card.width, card.height, card.file.stat().st_size)
        cards[article.src_path] = Picture(str(card.file), article.title, (), (variant,))
    return cards
