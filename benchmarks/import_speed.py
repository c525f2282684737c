"""How long the importer takes against how long the site build takes, for the same 1,000 articles.

Generates realistic raw articles (English and Russian agency pages, press releases with labels,
datelines, date lines, captions and credits, bylines, names, related-news blocks, share lines and
tag lines) in a temporary folder, times ``scripts/import_articles.py`` on them (one process, as an
editor runs it: model loading included), then times ``mkdocs build`` of a copy of the site with
those articles, in the same run, and prints the ratio import / build (target: <= 0.25).

    .venv/bin/python benchmarks/import_speed.py [--count 1000] [--seed 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from tests.helpers.sandbox import copy_site  # noqa: E402

TARGET_RATIO = 0.25

EN_FIRST = (
    "Aigerim Marat Nurlan Saule Dana Yerlan Gulnara Timur Dilnaz Askar Madina Olzhas Zarina Daniyar Aliya".split()
)
EN_LAST = (
    "Sadykova Zhunusov Abenov Bekova Omarov Tulegenova Seitkali Ospanova Karimov Nurpeisova Akhmetov Ismailova".split()
)
RU_FIRST = "Айгерим Марат Нурлан Сауле Ерлан Гульнара Тимур Асель Аскар Мадина Олжас Даурен".split()
RU_LAST_M = "Жунусов Абенов Омаров Сейткали Каримов Ахметов Исмаилов Нурпеисов".split()
RU_LAST_F = "Садыкова Бекова Тулегенова Оспанова Каримова Ахметова Исмаилова Нурпеисова".split()
CITIES_EN = "Almaty Astana Shymkent Pavlodar Turkistan Aktobe Karaganda Taraz Kyzylorda Aktau Atyrau Semey".split()
CITIES_RU = "АЛМАТЫ АСТАНА ШЫМКЕНТ ПАВЛОДАР ТУРКЕСТАН АКТОБЕ КАРАГАНДА ТАРАЗ КЫЗЫЛОРДА АКТАУ".split()
ROLES_EN = [
    "Vice-President of the Federation",
    "coordinator of the youth programme",
    "a lecturer at Toraighyrov University",
    "Executive Director of the Federation",
    "head of the regional Club for UNESCO",
]
TOPICS_EN = ["youth forum", "heritage festival", "media literacy course", "volunteer camp", "science olympiad",
             "book drive", "climate workshop", "school exchange", "art exhibition", "language week"]  # fmt: skip
TOPICS_RU = ["молодежный форум", "фестиваль наследия", "курс медиаграмотности", "волонтерский лагерь",
             "научная олимпиада", "экологическая акция", "выставка детского рисунка", "неделя языков"]  # fmt: skip
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
FILLER_EN = [
    "Over three days, delegates worked in sections on cultural heritage, climate education and media literacy.",
    "The organisers plan to repeat the event next year and to invite clubs from neighbouring countries.",
    "Representatives of the UNESCO Almaty Cluster Office and the Ministry of Culture and Information of the Republic "
    "of Kazakhstan also addressed the participants.",
    "Participants visited local museums, met veterans of the club movement and recorded interviews for an archive.",
    "The project was supported by UNICEF Kazakhstan, which provided training for 60 volunteers.",
]
FILLER_RU = [
    "В течение трех дней участники работали в секциях по культурному наследию, экологии и медиаграмотности.",
    "Организаторы планируют провести мероприятие в следующем году и пригласить клубы из соседних стран.",
    "В работе форума приняли участие представители Министерства культуры и информации Республики Казахстан.",
    "Участники посетили местные музеи и записали интервью с ветеранами клубного движения для архива.",
]


def english_article(rng: random.Random, number: int) -> str:
    city, topic = rng.choice(CITIES_EN), rng.choice(TOPICS_EN)
    first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    first2, last2 = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_EN), rng.randint(2019, 2025)
    lines = []
    if rng.random() < 0.3:
        lines += ["Press release", ""]
    lines += [f"{city} hosts regional {topic} of UNESCO clubs (no. {number})", ""]
    if rng.random() < 0.5:
        lines += [f"{day} {month} {year}, {rng.randint(8, 20)}:{rng.randint(10, 59)}", ""]
    lines += ["Share", "Facebook", "X", "Telegram", ""]
    lines += [
        f"{city.upper()}. KAZINFORM – More than {rng.randint(50, 500)} young people from "
        f"{rng.randint(3, 15)} countries gathered in {city} for the {topic}, the press service of the "
        f"Kazakhstan National Federation of Clubs for UNESCO reports.",
        "",
        f"Forum participants in {city}",
        "Photo: press service of the Federation",
        "",
        f'The {topic} was opened by {first} {last}, {rng.choice(ROLES_EN)}, who said that clubs "are the most direct '
        f'way for UNESCO values to reach schools and villages".',
        "",
        *[p for f in rng.sample(FILLER_EN, 3) for p in (f, "")],
        f'"Every photograph they took is now part of a shared digital archive," said {first2} {last2}.',
        "",
        "Read also: Federation launches media literacy course for teachers",
        "",
        "Author:",
        "",
        f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}",
        "",
        "Tags: youth, education, heritage",
        "",
        "Related news",
        "Clubs for UNESCO mark International Day of Education in Shymkent",
        "Federation signs memorandum with Eurasian National University",
        "Popular",
        "1 Federation launches media literacy course for teachers",
        "2 Astana students win heritage video contest",
    ]
    return "\n".join(lines) + "\n"


def russian_article(rng: random.Random, number: int) -> str:
    city, topic = rng.choice(CITIES_RU), rng.choice(TOPICS_RU)
    first, last = rng.choice(RU_FIRST), rng.choice(RU_LAST_F)
    first2, last2 = rng.choice(RU_FIRST), rng.choice(RU_LAST_M)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_RU), rng.randint(2019, 2025)
    lines = [
        f"В регионе прошел {topic} клубов ЮНЕСКО (№ {number})",
        "",
        f"{day} {month} {year}, {rng.randint(8, 20)}:{rng.randint(10, 59)}",
        "",
        f"{city}, {day} {month}. /Казинформ/ – Более {rng.randint(50, 500)} участников собрались на {topic}, сообщает "
        f"пресс-служба Казахстанской национальной федерации клубов ЮНЕСКО.",
        "",
        "Фото: пресс-служба Федерации",
        "",
        f"Мероприятие открыла вице-президент Федерации {first} {last}. По ее словам, число клубов в области выросло "
        f"почти вдвое.",
        "",
        *[p for f in rng.sample(FILLER_RU, 2) for p in (f, "")],
        f"«Наша задача – чтобы каждый клуб стал точкой притяжения для молодежи», – подчеркнул {first2} {last2}.",
        "",
        "Читайте также: Федерация клубов ЮНЕСКО объявила конкурс микрогрантов",
        "",
        "Теги: молодежь, образование",
        "",
        "Поделиться",
    ]
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        russian = rng.random() < 0.3
        text = russian_article(rng, number) if russian else english_article(rng, number)
        (folder / f"article-{number:04d}.txt").write_text(text, encoding="utf-8")


def timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to generate (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    arguments = parser.parse_args(argv)
    work = arguments.keep or Path(tempfile.mkdtemp(prefix="import-speed-"))
    try:
        raw = work / "raw"
        generate(raw, arguments.count, arguments.seed)
        project = copy_site(work / "project")
        news = project / "docs" / "news"
        import_seconds, imported = timed(
            [
                sys.executable,
                str(REPOSITORY / "scripts" / "import_articles.py"),
                "--json",
                "--registry",
                str(project / "registry"),
                "--out",
                str(news),
                str(raw),
            ],
            REPOSITORY,
        )
        statuses = [json.loads(line)["status"] for line in imported.stdout.splitlines() if line.strip()]
        created = statuses.count("created")
        if created != arguments.count:
            print(f"import: only {created} of {arguments.count} created\n{imported.stderr[-2000:]}", file=sys.stderr)
            return 1
        build_seconds, built = timed(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "-q",
                "-f",
                str(project / "mkdocs.yml"),
                "-d",
                str(work / "site"),
            ],
            project,
        )
        if built.returncode != 0:
            print(f"mkdocs build failed:\n{built.stderr[-2000:]}", file=sys.stderr)
            return 1
        ratio = import_seconds / build_seconds
        print(f"articles:  {arguments.count} ({statuses.count('created')} created)")
        print(f"import:    {import_seconds:.2f} s ({1000 * import_seconds / arguments.count:.1f} ms per article)")
        print(f"build:     {build_seconds:.2f} s (mkdocs build of the site with them)")
        verdict = "ok" if ratio <= TARGET_RATIO else "over target"
        print(f"ratio:     {ratio:.3f} import/build (target <= {TARGET_RATIO}: {verdict})")
        return 0
    finally:
        if arguments.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
