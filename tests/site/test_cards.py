"""Sharing cards for articles without a picture: drawn with Pillow in DejaVu Sans, Kazakh letters included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from newsroom.pictures import metadata_in
from newsroom.site.cards import CARD_SIZE, draw_card, font_files
from tests.helpers import SEED_URL, copy_project, mkdocs_build
from tests.helpers.pictures import SITE_URL, landscape, with_site_url, write_article

pytestmark = pytest.mark.skipif(font_files() is None, reason="no DejaVu Sans (apt-get install fonts-dejavu-core)")
KAZAKH_TITLE = "Қазақстан ЮНЕСКО клубтарының дүниежүзілік федерациясын басқарады: өңірлердегі жастар ұйымдары"


def test_a_card_is_a_clean_1200_by_630_picture_with_text(tmp_path: Path) -> None:
    path = tmp_path / "card.jpg"
    path.write_bytes(draw_card(KAZAKH_TITLE, "UNESCO Clubs Newsroom", "31 қазан 2023 ж."))
    assert metadata_in(path) == []
    with Image.open(path) as card:
        assert card.size == CARD_SIZE
        colours = card.convert("L").getcolors(maxcolors=100_000)
    assert len(colours) > 20  # letters drawn, not a plain sheet


def test_a_site_that_asks_gets_cards_for_articles_without_a_picture(tmp_path: Path) -> None:
    project = with_site_url(copy_project(tmp_path / "project"), SITE_URL)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nextra:\n  newsroom:\n    sharing_cards: true\n")
    (project / "docs" / "assets" / "photos").mkdir(parents=True)
    landscape().save(project / "docs" / "assets" / "photos" / "a.jpg", "JPEG")
    write_article(project, "pictured", 1, "image: {src: /assets/photos/a.jpg, alt: A flag}")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    seed = (tmp_path / "site" / SEED_URL / "index.html").read_text(encoding="utf-8")
    card = re.search(r'<meta property="og:image" content="([^"]+/assets/cards/[0-9a-f]+\.jpg)">', seed)
    assert card is not None, seed
    assert '<meta property="og:image:width" content="1200">' in seed and '"og:image:height" content="630"' in seed
    assert "<figure" not in seed  # a card is for sharing only
    with Image.open(tmp_path / "site" / card.group(1).removeprefix(SITE_URL)) as picture:
        assert picture.size == CARD_SIZE
    pictured = (tmp_path / "site" / "news/2024/pictured/index.html").read_text(encoding="utf-8")
    assert "/assets/pictures/" in re.search(r'<meta property="og:image" content="([^"]+)">', pictured).group(1)
