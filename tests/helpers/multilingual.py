"""A trilingual throwaway site: the samples imported by the real importer, in three sections.

The Russian conference sample gets a ``translation_key``, and invented English and Kazakh
versions of the same story share it. The seed article names Bolat Akchulakov; an invented
Russian and Kazakh article name him in their own scripts. An invented staff author signs the
English and the invented Russian article, in each one's script.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.helpers import RAW, copy_project, import_articles

LANGUAGES_CONFIG = """
extra:
  newsroom:
    languages:
      - en
      - code: ru
        site_name: Новости клубов ЮНЕСКО
        copyright: Казахстанская национальная федерация клубов ЮНЕСКО
        description: Новости Казахстанской национальной федерации клубов ЮНЕСКО
      - code: kk
        site_name: ЮНЕСКО клубтарының жаңалықтары
        copyright: ЮНЕСКО клубтарының Қазақстан ұлттық федерациясы
        description: ЮНЕСКО клубтарының Қазақстан ұлттық федерациясының жаңалықтары
"""
RU_CONFERENCE = "news/2023/v-shymkente-proshla-konferentsiia-klubov-iunesko"
EN_CONFERENCE = "news/2023/unesco-clubs-meet-in-shymkent"
KK_CONFERENCE = "news/2023/shymkentte-iunesko-klubtary-kezdesti"
KK_SCHOOL = "news/2023/turkistanda-iunesko-klubtarynyng-zhazgy-mektebi-ashyldy"
RU_AKCHULAKOV = "news/2023/akchulakov-vstretilsia-s-molodezhiu"
AUTHOR = "authors/saule-temirova"
KEY = "shymkent-conference"
LEFT_OUT = {"hostile-markup.txt"}

ARTICLES = {
    f"{EN_CONFERENCE}.md": f"""---
title: UNESCO clubs meet in Shymkent
date: 2023-10-30
summary: Club leaders from the southern regions met in Shymkent.
tags: [youth]
people: [Aigerim Sadykova]
places: [Shymkent]
lang: en
translation_key: {KEY}
byline: Saule Temirova
---

Club leaders from the southern regions met in Shymkent for a two-day conference led by Aigerim Sadykova.
""",
    f"{KK_CONFERENCE}.md": f"""---
title: Шымкентте ЮНЕСКО клубтары кездесті
date: 2023-10-30
summary: Оңтүстік өңірлердің клуб жетекшілері Шымкентте бас қосты.
people: [Әйгерім Садықова, Болат Ақшолақов]
places: [Шымкент]
lang: kk
translation_key: {KEY}
---

Оңтүстік өңірлердің клуб жетекшілері Шымкентте екі күндік конференцияға жиналды.
""",
    f"{RU_AKCHULAKOV}.md": """---
title: Акчулаков встретился с молодёжью
date: 2023-10-29
summary: Президент Всемирной федерации клубов ЮНЕСКО ответил на вопросы школьников.
people: [Болат Акчулаков]
tags: [youth]
lang: ru
byline: Сауле Темирова
---

Болат Акчулаков ответил на вопросы школьников из клубов ЮНЕСКО.
""",
    f"{AUTHOR}.md": """---
name: Saule Temirova
aliases: [Сауле Темирова, Сәуле Темірова]
role: Staff reporter
---

Saule covers the clubs of the south.
""",
}


def trilingual_project(target: Path) -> Path:
    """A throwaway site in ``target`` with the sections en, ru and kk and one translated story."""
    project = copy_project(target, seed=False)
    samples = sorted(path for path in RAW.glob("*.txt") if path.name not in LEFT_OUT)
    imported = import_articles("--out", project / "docs" / "news", "--date", "2023-10-31", *samples)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    conference = project / "docs" / f"{RU_CONFERENCE}.md"
    text = conference.read_text(encoding="utf-8")
    conference.write_text(text.replace("\nlang: ru\n", f"\nlang: ru\ntranslation_key: {KEY}\n", 1), encoding="utf-8")
    for path, text in ARTICLES.items():
        (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / path).write_text(text, encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write(LANGUAGES_CONFIG)
    return project


def page(site: Path, url: str) -> str:
    """The built page at ``url`` (directory URLs) of the site in ``site``."""
    return (site / url / "index.html").read_text(encoding="utf-8")


def heading(text: str) -> str:
    """A page's first heading, as a reader sees it."""
    return html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)).strip()
