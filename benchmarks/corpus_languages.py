"""Russian and Kazakh articles for the benchmarks (``benchmarks/corpus.py`` writes English ones).

Each language has its own words, tags and people's names (Cyrillic, Kazakh letters in Kazakh),
with surnames in other cases in the text ("Садыковой", "Садыковым"), as Russian copy has.
A share of the stories are translations of each other: they share a ``translation_key``.
The same ``seed`` gives the same corpus.
"""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import yaml

from benchmarks.corpus import make_article, vocabularies
from newsroom.article import Article, default_src_path
from newsroom.files import write_atomic

WORDS = {
    "ru": (
        "клуб федерация молодёжь образование культура наследие волонтёры школа учителя студенты музей "
        "фестиваль форум конгресс программа проект регион село город совет министерство партнёры "
        "семинар выставка библиотека архив музыка танец театр наука вода климат чтение конференция"
    ).split(),
    "kk": (
        "клуб федерация жастар білім мәдениет мұра еріктілер мектеп мұғалімдер студенттер мұражай "
        "фестиваль форум конгресс бағдарлама жоба өңір ауыл қала кеңес министрлік серіктестер "
        "семинар көрме кітапхана мұрағат музыка би театр ғылым су климат оқу конференция"
    ).split(),
}
GIVEN = {"ru": "Айгерим Марат Дана Нурлан Сауле Ерлан Алия Болат Асель Тимур".split(),
         "kk": "Әйгерім Марат Дана Нұрлан Сәуле Ерлан Әлия Болат Әсел Тимур".split()}  # fmt: skip
FAMILY = {"ru": "Садыков Жунусов Есимов Абенов Беков Омаров Ахметов Сейткали Нурпеисов Касымов".split(),
          "kk": "Садықов Жұнісов Есімов Әбенов Беков Омаров Ахметов Сейітқали Нұрпейісов Қасымов".split()}  # fmt: skip
PLACES = {"ru": "Алматы Астана Шымкент Туркестан Актау Атырау Павлодар Караганда Тараз Уральск".split(),
          "kk": "Алматы Астана Шымкент Түркістан Ақтау Атырау Павлодар Қарағанды Тараз Орал".split()}  # fmt: skip


def pools(lang: str, seed: int = 1) -> dict[str, list[str]]:
    """A language's tags, people, organizations and places (sizes as the English corpus's)."""
    rng = random.Random(f"{seed}-{lang}")
    words, given, family, places = WORDS[lang], GIVEN[lang], FAMILY[lang], PLACES[lang]
    found: dict[str, list[str]] = {}
    for kind, count, make in (
        ("tags", 200, lambda i: words[i] if i < len(words) else f"{rng.choice(words)} {rng.choice(words)}"),
        ("people", 1000, lambda i: f"{rng.choice(given)} {rng.choice(family)}а{rng.randint(1, 99)}"),
        ("organizations", 300, lambda i: f"{rng.choice(words).title()} ЮНЕСКО {i}"),
        ("places", 150, lambda i: f"{rng.choice(places)} {i}"),
    ):
        names: dict[str, None] = {}
        while len(names) < count:
            names.setdefault(make(len(names)))
        found[kind] = list(names)
    return found


def in_language(article: Article, lang: str, rng: random.Random, own: dict[str, list[str]], number: int) -> Article:
    """The English article rewritten in ``lang``: its words, names and places from that language."""
    words = WORDS[lang]
    people = rng.sample(own["people"], len(article.people))
    body = []
    for paragraph in article.body.split("\n\n"):
        if paragraph.startswith(("## ", "- ")):
            body.append(paragraph)
            continue
        text = " ".join(rng.choice(words) for _ in range(max(len(paragraph.split()), 8)))
        inflected = re.sub(r"а(\d+)$", r"ой\1", people[0]) if lang == "ru" else people[0]  # "Садыковой"
        body.append(f"{text.capitalize()} {inflected}.")
    return dataclasses.replace(
        article,
        title=f"{rng.choice(words).title()} {rng.choice(words)} {rng.choice(PLACES[lang])} № {number}",
        summary=body[0][:200],
        tags=rng.sample(own["tags"], len(article.tags)),
        people=people,
        organizations=rng.sample(own["organizations"], len(article.organizations)),
        places=rng.sample(own["places"], len(article.places)),
        lang=lang,
        body="\n\n".join(body),
    )


def generate_languages(news_dir: Path, counts: dict[str, int], seed: int = 1, translated: float = 0.2) -> int:
    """Write ``counts[lang]`` articles per language; ``translated`` of each non-English one shares
    a ``translation_key`` with an English one. Return how many were written."""
    rng = random.Random(seed)
    english_pools = vocabularies(seed)
    language_pools = {lang: pools(lang, seed) for lang in counts if lang != "en"}
    written = 0
    for lang, count in counts.items():
        for number in range(count):
            article = make_article(rng, english_pools, number)
            if number < count * translated:
                article.translation_key = f"story-{number}"
            if lang != "en":
                article = in_language(article, lang, rng, language_pools[lang], number)
            path = news_dir / default_src_path(article).removeprefix("news/")
            if path.exists():
                path = path.with_name(f"{path.stem}-{lang}{number}.md")
            write_atomic(path, article.to_markdown(), durable=False)  # a benchmark's files: no fsync
            written += 1
    return written


def add_languages(mkdocs_yml: Path, codes: list[str]) -> None:
    """List the site's languages in its mkdocs.yml (``extra.newsroom.languages``)."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    config.setdefault("extra", {}).setdefault("newsroom", {})["languages"] = codes
    mkdocs_yml.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
