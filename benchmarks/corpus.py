"""A synthetic, realistic corpus for benchmarks: N articles written through the article model.

Tags come from ~200, people from ~1,000, organizations from ~300, places from ~150;
each article has 2-5 tags, 1-4 people, 0-3 organizations, 1-2 places and ~600 words
(paragraphs, a quotation, a subheading and a short list, as agency copy has).
The same ``seed`` gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from newsroom.article import Article, Image, Source, default_src_path
from newsroom.files import write_atomic
from tests.helpers.sandbox import copy_site

WORDS = (
    "club federation youth education culture heritage volunteers school teachers students museum "
    "festival forum congress programme project region village city council ministry partners "
    "workshop exhibition library archive music dance theatre science water climate reading media "
    "literacy training seminar conference award grant memorandum cooperation delegation members "
    "celebrate present launch open support develop strengthen document restore protect share"
).split()
GIVEN = "Aigerim Marat Dana Nurlan Saule Yerlan Aliya Bolat Asel Timur Gulnara Daniyar Madina Arman Zhanna".split()
FAMILY = "Sadykova Zhunusov Yesimova Abenov Bekova Omarov Akhmetova Seitkali Nurpeisova Kassymov".split()
PLACE_NAMES = "Almaty Astana Shymkent Turkistan Aktau Atyrau Pavlodar Karaganda Taraz Oral Kostanay Semey".split()


def _names(rng: random.Random, count: int, make) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < count:
        names.setdefault(make(rng, len(names)))
    return list(names)


def vocabularies(seed: int = 1) -> dict[str, list[str]]:
    """The pools articles draw their tags, people, organizations and places from."""
    rng = random.Random(seed)
    return {
        "tags": _names(rng, 200, lambda r, i: f"{r.choice(WORDS)} {r.choice(WORDS)}" if i >= 20 else WORDS[i]),
        "people": _names(rng, 1000, lambda r, i: f"{r.choice(GIVEN)} {r.choice(FAMILY)}{r.randint(1, 99)}"),
        "organizations": _names(rng, 300, lambda r, i: f"{r.choice(WORDS).title()} Club for UNESCO {i}"),
        "places": _names(rng, 150, lambda r, i: f"{r.choice(PLACE_NAMES)} district {i}"),
    }


def make_article(rng: random.Random, pools: dict[str, list[str]], number: int) -> Article:
    date = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    people = rng.sample(pools["people"], rng.randint(1, 4))
    words = [rng.choice(WORDS) for _ in range(560)]
    paragraphs = [" ".join(words[i : i + 70]).capitalize() + "." for i in range(0, 560, 70)]
    paragraphs.insert(2, f"“We {rng.choice(WORDS)} together,” said {people[0]}.")
    paragraphs.insert(5, f"## {rng.choice(WORDS).title()} {rng.choice(WORDS)}")
    paragraphs.insert(7, "\n".join(f"- {rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(4)))
    return Article(
        title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} in {rng.choice(PLACE_NAMES)} no. {number}",
        date=date,
        summary=paragraphs[0][:200],
        tags=rng.sample(pools["tags"], rng.randint(2, 5)),
        people=people,
        organizations=rng.sample(pools["organizations"], rng.randint(0, 3)),
        places=rng.sample(pools["places"], rng.randint(1, 2)),
        source=Source("Kazinform", "https://www.inform.kz"),
        image=Image(caption=f"{people[0]} at the event", credit="press service"),
        lang="en",
        body="\n\n".join(paragraphs),
    )


def generate_articles(news_dir: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` articles under ``news_dir`` (``<year>/<slug>.md``); return their paths."""
    rng = random.Random(seed)
    pools = vocabularies(seed)
    paths = []
    for number in range(count):
        article = make_article(rng, pools, number)
        path = news_dir / default_src_path(article).removeprefix("news/")
        write_atomic(path, article.to_markdown())
        paths.append(path)
    return paths


def make_site(target: Path, count: int, seed: int = 1) -> Path:
    """A copy of the site with ``count`` generated articles added to its own."""
    copy_site(target)
    generate_articles(target / "docs" / "news", count, seed)
    return target
