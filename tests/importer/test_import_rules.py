"""The importer's rules one by one: dates, debris, datelines, inert markup, encodings, the report and the summary."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import markdown
import pytest

from newsroom.article import load_article
from newsroom.importer import cli as importer
from newsroom.importer.dates import date_of_line, is_date_line
from newsroom.importer.debris import is_block_heading, is_debris, tags_of
from newsroom.importer.decoding import DecodeError, decode
from newsroom.importer.extract import extract, first_sentences, parse_dateline
from newsroom.importer.markup import inert
from newsroom.registry import load_registry
from tests.helpers import RAW, SEED, import_articles

REGISTRY = load_registry(Path(__file__).resolve().parents[2] / "registry")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("14 March 2025, 16:40", "2025-03-14"),
        ("2017-10-12 22:35:14", "2017-10-12"),
        ("12.10.2017", "2017-10-12"),
        ("October 12, 2017", "2017-10-12"),
        ("Oct. 12, 2017 10:20 a.m. EDT", "2017-10-12"),
        ("21 апреля 2025", "2025-04-21"),
        ("21 апреля 2025 г., 14:30", "2025-04-21"),
        ("Опубликовано: 12.10.2017 14:22", "2017-10-12"),
        ("10 шілде 2025", "2025-07-10"),
        ("Monday, 12 October 2017", "2017-10-12"),
        ("5 October 2024 | Culture and Education", "2024-10-05"),
    ],
)
def test_date_lines_in_many_formats(line: str, iso: str) -> None:
    assert is_date_line(line)
    found = date_of_line(line)
    assert found is not None and found.as_date() is not None and found.as_date().isoformat() == iso


@pytest.mark.parametrize(
    "line",
    ["The forum opened on 12 October 2017 in Almaty.", "May Day rally", "In 2017 the club grew to 40 members."],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "year"),
    [
        ("ALMATY. KAZINFORM – More than 300 young people gathered.", "ALMATY", "KAZINFORM", None),
        ("ШЫМКЕНТ, 21 апреля. /Казинформ/ – Более 150 руководителей собрались.", "ШЫМКЕНТ", "Казинформ", None),
        ("Astana, 2 June 2025 – The Federation today announced the winners.", "Astana", None, 2025),
        ("GENEVA (Reuters) - The agency said on Monday that it would help.", "GENEVA", "Reuters", None),
        ("NEW YORK, 5 May 2024 — The Secretary-General spoke today.", "NEW YORK", None, 2024),
    ],
)
def test_datelines(paragraph: str, place: str, agency: str | None, year: int | None) -> None:
    dateline = parse_dateline(paragraph, REGISTRY)
    assert dateline is not None
    assert dateline.place == place
    assert (dateline.agency or None) == agency
    assert (dateline.date.year if dateline.date else None) == year


@pytest.mark.parametrize(
    "paragraph",
    [
        "Astana – the capital – welcomed the delegates on Monday.",
        "The forum, which lasted three days - longer than planned - ended on Friday.",
    ],
)
def test_sentences_with_dashes_are_not_datelines(paragraph: str) -> None:
    assert parse_dateline(paragraph, REGISTRY) is None


@pytest.mark.parametrize(
    "line",
    [
        "Currently reading",
        "Read also: Federation launches media literacy course",
        "Читайте также: Федерация объявила конкурс",
        "Share this: Facebook Twitter Telegram",
        "Facebook",
        "Поделиться",
        "Subscribe to our newsletter",
        "Follow us on Instagram and Telegram",
        "Advertisement",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "1 234 views",
        "Page ID: 48213",
    ],
)
def test_debris_lines(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers visit the schools twice a month to hold reading sessions.",
        "“Youth has always been a priority for the Kazakhstan Federation.”",
        "Share of renewable energy in Kazakhstan reached 6 per cent, the ministry said.",
        "Ранее сообщалось, что клубы ЮНЕСКО провели более 500 мероприятий.",
    ],
)
def test_body_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)


def test_related_blocks_and_tag_lines() -> None:
    assert is_block_heading("Related news") and is_block_heading("Похожие новости") and is_block_heading("Popular")
    assert tags_of("Tags: education, volunteers, rural schools") == ["education", "volunteers", "rural schools"]
    assert tags_of("Теги: экология, волонтеры") == ["экология", "волонтеры"]
    assert tags_of("Tagged in Almaty, the forum ...") is None


def test_inert_markup_renders_as_the_raw_text() -> None:
    hostile = [
        "<script>alert('xss')</script>",
        "A [link](javascript:alert(1)) and {{ jinja }} and {% raw %} and {: .attr}",
        "---",
        "# not a heading",
        "1990. Not a list starting at one",
        "*stars* and _underscores_ and `backticks` and a & b &amp; c",
    ]
    for line in hostile:
        html = markdown.markdown(inert(line), extensions=["toc"])
        assert "<script" not in html and "<a " not in html and "<em>" not in html and "<code>" not in html
        assert "<hr" not in html and "<h1" not in html and "<ol" not in html
        text = html.removeprefix("<p>").removesuffix("</p>")
        assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"') == line


def test_hostile_sample_front_matter_and_body_stay_inert(tmp_path: Path) -> None:
    result = import_articles("--json", "--out", tmp_path, "--date", "2024-01-01", RAW / "hostile-markup.txt")
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.title == 'Breaking: "Clubs" & partners: #1 <b>event</b> of the year --- really?'
    html = markdown.markdown(article.body, extensions=["toc"])
    assert "<script" not in html and "<img" not in html and "javascript:" not in html.split("[link]")[0]
    assert "<a " not in html and "<hr" not in html and "title: injected" in html


def test_the_texts_own_date_wins_over_the_date_option(tmp_path: Path) -> None:
    result = import_articles("--json", "--out", tmp_path, "--date", "2001-01-01", RAW / "youth-forum-almaty.txt")
    assert load_article(Path(json.loads(result.stdout)["output"])).date.isoformat() == "2025-03-14"


def test_encodings(tmp_path: Path) -> None:
    text = RAW.joinpath("ru-konferenciya-klubov.txt").read_text(encoding="utf-8")
    assert decode(text.encode("utf-16")) == text
    assert decode(text.encode("utf-16-le")) == text  # no byte-order mark
    assert decode("Plain English text.\n".encode("utf-16-be")) == "Plain English text.\n"
    assert decode(text.encode("cp1251")) == text
    assert decode(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")) == text
    with pytest.raises(DecodeError):
        decode(bytes(range(256)) * 4)


def test_a_binary_file_fails_with_a_message_and_the_others_are_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "b-seed.txt").write_bytes(SEED.read_bytes())
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2023-10-31", folder)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["failed", "created"]
    assert "a-binary.txt" in reports[0]["message"] and "Traceback" not in result.stderr
    assert "2 files: 1 created, 0 updated, 0 unchanged, 0 exists, 1 failed" in result.stderr


def test_report_lists_names_the_registry_does_not_know(tmp_path: Path) -> None:
    result = import_articles("--json", "--report", "--out", tmp_path, RAW / "youth-forum-almaty.txt")
    report = json.loads(result.stdout)
    assert report["unknown"]["people"] == ["Aigerim Sadykova", "Marat Zhunusov"]
    assert "Kazakhstan National Federation of Clubs for UNESCO" not in report["unknown"].get("organizations", [])
    text = import_articles("--report", "--force", "--out", tmp_path, RAW / "youth-forum-almaty.txt")
    assert "not in the registry: people: " in text.stderr and "Aigerim Sadykova" in text.stderr


def test_kazakh_and_russian_extraction_give_nominative_names() -> None:
    text = RAW.joinpath("ru-konferenciya-klubov.txt").read_text(encoding="utf-8")
    found = extract(text, REGISTRY, "ru")
    assert found.entities.people == ["Айгерим Садыкова", "Марат Жунусов"]
    assert "Туркестанская область" in found.entities.places and "Шымкент" in found.entities.places
    assert found.dateline == "ШЫМКЕНТ" and found.source == "Казинформ"


# --- Review findings: each rule generalises to the shape of a line, not one page's strings. ---


@pytest.mark.parametrize(
    "line",
    [
        "Reading time for pupils has doubled since 2020, the survey found.",
        "Реклама алкоголя на телевидении запрещена с 2019 года.",
        "Advertisement of tobacco is banned in all public places.",
        "More on the results will be published next week.",
        "Sign up for the course is open until 1 June.",
        "Подписка на детские журналы выросла на 20 процентов.",
    ],
)
def test_body_sentences_starting_with_a_common_word_are_kept(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 3 min",
        "Reading time 4 minutes",
        "Реклама",
        "Advertisement:",
        "More on this story",
        "More on the topic:",
        "Sign up for our newsletter",
        "Подписывайтесь на наш Telegram-канал",
    ],
)
def test_short_prompts_are_still_debris(line: str) -> None:
    assert is_debris(line)


def _body_of(text: str) -> list[str]:
    return extract(text, REGISTRY, "en").body.split("\n\n")


@pytest.mark.parametrize(
    "after",
    [
        "She added: “We will open two more next year.”",
        "Is this the future of rural reading?",
        "Организаторы отметили: «Фестиваль станет ежегодным»",
        "What a start!",
    ],
)
def test_a_related_block_ends_at_a_line_ending_in_a_quote_question_or_exclamation(after: str) -> None:
    text = (
        "Clubs open a library in Aktau\n\n"
        "The clubs of Aktau opened a library for children on Monday.\n\n"
        "Related news\n\n"
        "Federation launches media course\n\n"
        "Volunteers plant trees in Turkistan\n\n"
        f"{after}\n\n"
        "The library will be open every day."
    )
    body = _body_of(text)
    assert after in body and "The library will be open every day." in body
    assert "Federation launches media course" not in body


def test_a_related_block_is_capped() -> None:
    headlines = [f"Clubs of town {n} hold a fair" for n in range(1, 13)]
    text = "Clubs open a library\n\nThe clubs opened a library on Monday.\n\nPopular\n\n" + "\n\n".join(headlines)
    body = _body_of(text)
    assert headlines[0] not in body and headlines[7] not in body
    assert headlines[-1] in body  # past the cap, unsure: kept


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "lead"),
    [
        ("МОСКВА, 12 декабря. /ТАСС/. Выставка открылась в Манеже.", "МОСКВА", "ТАСС", "Выставка открылась"),
        ("АСТАНА, 5 марта. /Казинформ/. Форум прошёл в столице.", "АСТАНА", "Казинформ", "Форум прошёл"),
        ("АЛМАТЫ, 5 марта 2025. /Казинформ/. Форум прошёл – впервые.", "АЛМАТЫ", "Казинформ", "Форум прошёл"),
    ],
)
def test_tass_datelines_ending_in_a_full_stop(paragraph: str, place: str, agency: str, lead: str) -> None:
    dateline = parse_dateline(paragraph, REGISTRY)
    assert dateline is not None and (dateline.place, dateline.agency) == (place, agency)
    found = extract(f"Заголовок новости о выставке\n\n{paragraph}\n\nВторой абзац текста.", REGISTRY, "ru")
    assert found.dateline == place and found.summary.startswith(lead)


def test_a_day_and_month_without_a_year_is_not_a_date(tmp_path: Path) -> None:
    raw = tmp_path / "reuters.txt"
    raw.write_text(
        "Clubs plant trees in Almaty\n\nALMATY, March 3 (Reuters) - The clubs planted 1,000 trees.\n\nMore follow.",
        encoding="utf-8",
    )
    result = import_articles("--json", "--out", tmp_path / "a", raw)
    assert load_article(Path(json.loads(result.stdout)["output"])).date == dt.date.today()
    assert "using today" in result.stderr
    result = import_articles("--json", "--out", tmp_path / "b", "--date", "2024-11-30", raw)
    assert load_article(Path(json.loads(result.stdout)["output"])).date.isoformat() == "2024-11-30"


def _crash_in_worker(path: Path) -> object:
    """A worker that dies on one file (as a segfault in a library would)."""
    if path.name == "a0005.txt":
        os._exit(1)
    return importer._prepare_in_worker_real(path)  # type: ignore[attr-defined]


def test_a_worker_crash_in_a_batch_falls_back_to_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(importer.PARALLEL_FROM + 2):
        (raw / f"a{number:04}.txt").write_text(text.replace("Kazakhstan heads", f"Story {number}: Kazakhstan heads", 1))
    monkeypatch.setattr(importer, "_prepare_in_worker_real", importer._prepare_in_worker, raising=False)
    monkeypatch.setattr(importer, "_prepare_in_worker", _crash_in_worker)
    code = importer.main(
        ["--json", "--jobs", "2", "--no-progress", "--out", str(tmp_path / "out"), "--date", "2023-10-31", str(raw)]
    )
    out = capsys.readouterr()
    statuses = [json.loads(line)["status"] for line in out.out.splitlines()]
    assert statuses == ["created"] * (importer.PARALLEL_FROM + 2) and code == 0
    assert "Traceback" not in out.err and "worker" in out.err


def test_dry_run_claims_paths_within_the_run(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, lead in (("a", "The clubs of Almaty open a library."), ("b", "The clubs of Aktau plant a garden.")):
        (raw / f"{name}.txt").write_text(f"Clubs meet in spring\n\n{lead}\n\nEvery member brings a friend.")
    (raw / "c.txt").write_bytes((raw / "a.txt").read_bytes())  # the same article twice
    result = import_articles("--json", "--dry-run", "--out", tmp_path / "out", "--date", "2025-05-05", raw)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["created", "created", "unchanged"]
    assert [Path(r["output"]).name for r in reports] == [
        "clubs-meet-in-spring.md",
        "clubs-meet-in-spring-2.md",
        "clubs-meet-in-spring.md",
    ]
    assert not (tmp_path / "out").exists()


def test_an_unreadable_existing_article_fails_and_an_invalid_one_is_never_overwritten(tmp_path: Path) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("Clubs meet in spring\n\nThe clubs of Almaty open a library.\n\nEvery member brings a friend.")
    folder = tmp_path / "out" / "2025"
    (folder / "clubs-meet-in-spring.md").mkdir(parents=True)  # there, but cannot be read as a file
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-05-05", raw)
    report = json.loads(result.stdout)
    assert report["status"] == "failed" and "clubs-meet-in-spring.md" in report["message"]
    assert not (folder / "clubs-meet-in-spring-2.md").exists() and result.returncode == 1
    (folder / "clubs-meet-in-spring.md").rmdir()
    (folder / "clubs-meet-in-spring.md").write_text("not an article", encoding="utf-8")
    report = json.loads(import_articles("--json", "--out", tmp_path / "out", "--date", "2025-05-05", raw).stdout)
    assert report["status"] == "created" and report["output"].endswith("clubs-meet-in-spring-2.md")
    assert (folder / "clubs-meet-in-spring.md").read_text(encoding="utf-8") == "not an article"


def test_a_missing_registry_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = import_articles("--registry", tmp_path / "nowhere", "--out", tmp_path / "out", SEED)
    assert result.returncode == 2 and "registry" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_uppercase_txt_files_in_a_folder_are_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "SEED.TXT").write_bytes(SEED.read_bytes())
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2023-10-31", folder)
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["created"]


def test_hard_wrapped_lead_is_not_a_subtitle() -> None:
    text = (
        "Clubs open a library in Aktau\n\n"
        "The clubs of Aktau opened a new library for children on Monday, the\n"
        "federation said in a statement sent to the press on Tuesday morning.\n"
        "The library holds 3,000 books.\n\n"
        "Volunteers will run reading sessions twice a month."
    )
    found = extract(text, REGISTRY, "en")
    assert found.subtitle is None
    lead = "The clubs of Aktau opened a new library for children on Monday, the federation said"
    assert found.summary.startswith(lead)


def test_a_topic_label_above_the_headline_is_not_the_title() -> None:
    text = (
        "Peace and Security\n\n"
        "UN chief calls for a ceasefire as fighting spreads across the region\n\n"
        "10 March 2025\n\n"
        "The Secretary-General on Monday called for an immediate ceasefire.\n\n"
        "He said civilians were paying the highest price.\n\n"
        "Download the UN News app for your iOS or Android devices."
    )
    found = extract(text, REGISTRY, "en")
    assert found.title == "UN chief calls for a ceasefire as fighting spreads across the region"
    assert "Download the UN News app" not in found.body and found.source is None


def test_a_short_title_with_a_long_subtitle_stays_the_title() -> None:
    text = (
        "Clubs plant trees\n\n"
        "Volunteers from twelve clubs planted a thousand trees across Turkistan region on Saturday\n\n"
        "The clubs of Turkistan planted 1,000 trees.\n\nMore will follow in autumn."
    )
    assert extract(text, REGISTRY, "en").title == "Clubs plant trees"


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ('He said: "We are ready." Then the clubs voted on the plan.', 'He said: "We are ready." Then the clubs'),
        ("Она сказала: «Мы готовы.» Затем клубы проголосовали.", "Она сказала: «Мы готовы.» Затем"),
        ("He said: “We are ready.” Then the clubs voted.", "He said: “We are ready.” Then"),
    ],
)
def test_summaries_keep_closing_quotes(paragraph: str, lead: str) -> None:
    assert first_sentences(paragraph).startswith(lead)


def test_an_organization_does_not_run_on_into_a_weekday_or_month() -> None:
    text = (
        "Bank backs rural schools\n\n"
        "The World Bank on Tuesday approved a loan for rural schools, and the Asian Development Bank in March "
        "pledged another.\n\nThe schools will open in autumn."
    )
    orgs = extract(text, REGISTRY, "en").entities.organizations
    assert "World Bank" in orgs and not [o for o in orgs if "Tuesday" in o or "March" in o]


def test_a_contact_block_in_a_short_release_is_not_body() -> None:
    text = (
        "UNICEF welcomes new school meals law\n\n"
        "GENEVA, 3 March 2025 – UNICEF welcomed the law on free school meals adopted today.\n\n"
        "The law covers two million children.\n\n"
        "Media contacts\n\nJane Smith\n\nUNICEF Geneva\n\n+41 22 909 5716\n\njsmith@unicef.org"
    )
    body = extract(text, REGISTRY, "en").body
    assert "The law covers two million children." in body
    assert "Jane Smith" not in body and "UNICEF Geneva" not in body and "Media contacts" not in body


@pytest.mark.parametrize(
    "title",
    [
        "Author Sally Rooney wins the Booker Prize for a novel set in Dublin",
        "Текст Конституции опубликован на трёх языках",
        "Authors Guild sues over training data",
    ],
)
def test_headlines_starting_with_a_byline_word_are_titles(title: str) -> None:
    found = extract(f"{title}\n\nThe news came on Monday.\n\nMore follows.", REGISTRY)
    assert found.title == title and found.byline is None


@pytest.mark.parametrize(
    "line", ["By Olga Petrova", "Автор: Иван Петров", "Author: Jane Smith", "Текст: Айгерим Садыкова"]
)
def test_bylines_are_still_bylines(line: str) -> None:
    found = extract(f"Clubs meet in spring\n\n{line}\n\nThe clubs met on Monday.\n\nMore follows.", REGISTRY)
    assert found.byline == line.split(":")[-1].removeprefix("By").strip()


def test_a_place_inside_a_longer_place_is_listed_once() -> None:
    text = (
        "Clubs meet in the steppe\n\n"
        "KARAGANDA. KAZINFORM – The clubs of Karaganda region met on Monday.\n\n"
        "They will meet again in Karaganda region next year."
    )
    places = extract(text, REGISTRY, "en").entities.places
    assert "Karaganda region" in places and "Karaganda" not in places
    both = "Clubs meet\n\nThe clubs of Karaganda region met in Karaganda on Monday.\n\nMore follows."
    # each named on its own
    assert {"Karaganda", "Karaganda region"} <= set(extract(both, REGISTRY, "en").entities.places)
