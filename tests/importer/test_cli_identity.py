"""An imported article's identity does not depend on its date: a text imported again with a
corrected date finds the article in the year folder it was first written to, instead of making a
second copy; it is reported (``exists``) or, with ``--force``, updated and moved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsroom.article import load_article
from tests.helpers import import_articles

TEXT = (
    "Volunteers repair a school in Taraz\n\n"
    "Volunteers of the clubs repaired the roof of a village school near Taraz.\n\n"
    "The work took three weekends, and the pupils painted the classrooms.\n"
)
SLUG = "volunteers-repair-a-school-in-taraz.md"
CORRECT = "2023-04-20"


def raw_text(tmp_path: Path, text: str = TEXT, name: str = "school.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_json(*args: str | Path) -> tuple[dict, int]:
    result = import_articles("--json", *args)
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout), result.returncode


def articles_under(out: Path) -> list[Path]:
    return sorted(out.rglob("*.md"))


def test_a_corrected_date_finds_the_article_instead_of_making_a_copy(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    first, _ = import_json("--out", out, raw)
    guessed = out / str(dt.date.today().year) / SLUG
    assert first["status"] == "created" and Path(first["output"]) == guessed
    before = guessed.read_text(encoding="utf-8")

    corrected, code = import_json("--out", out, "--date", CORRECT, raw)
    assert (corrected["status"], code, Path(corrected["output"])) == ("exists", 1, guessed)
    assert str(guessed) in corrected["message"] and "--force" in corrected["message"]
    assert str(out / "2023" / SLUG) in corrected["message"]
    assert articles_under(out) == [guessed] and guessed.read_text(encoding="utf-8") == before

    moved, code = import_json("--out", out, "--date", CORRECT, "--force", raw)
    assert (moved["status"], code, moved["output"]) == ("updated", 0, str(out / "2023" / SLUG))
    assert moved["moved_from"] == str(guessed) and moved["message"] == f"moved from {guessed}"
    assert articles_under(out) == [out / "2023" / SLUG]
    assert load_article(out / "2023" / SLUG).date == dt.date(2023, 4, 20)

    assert import_json("--out", out, "--date", CORRECT, raw)[0]["status"] == "unchanged"


def test_without_a_date_the_existing_articles_date_is_kept(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    import_json("--out", out, "--date", CORRECT, raw)
    again, code = import_json("--out", out, raw)
    assert (again["status"], code) == ("unchanged", 0)
    assert again["warnings"] == [
        f"no date in the text and no --date: keeping the date of {out / '2023' / SLUG}, {CORRECT}"
    ]
    assert articles_under(out) == [out / "2023" / SLUG]


def test_moving_never_loses_a_hand_edit_without_force(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    guessed = Path(import_json("--out", out, raw)[0]["output"])
    edited = guessed.read_text(encoding="utf-8").replace("lang: en", "lang: en\nbyline: Dana Yesimova")
    guessed.write_text(edited, encoding="utf-8")
    report, code = import_json("--out", out, "--date", CORRECT, raw)
    assert (report["status"], code) == ("exists", 1) and guessed.read_text(encoding="utf-8") == edited
    dry = import_articles("--dry-run", "--force", "--out", out, "--date", CORRECT, raw)
    assert dry.stdout == f"would update: {out / '2023' / SLUG} (would move from {guessed})\n"
    assert articles_under(out) == [guessed] and guessed.read_text(encoding="utf-8") == edited
    forced = import_articles("--force", "--out", out, "--date", CORRECT, raw)
    assert forced.stdout == f"updated: {out / '2023' / SLUG} (moved from {guessed})\n"
    assert articles_under(out) == [out / "2023" / SLUG]
    assert load_article(out / "2023" / SLUG).byline is None  # --force replaces, as it says


def test_an_article_edited_in_its_lead_or_its_body_is_still_the_same_article(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    path = Path(import_json("--out", out, "--date", CORRECT, raw)[0]["output"])
    original = path.read_text(encoding="utf-8")
    new_lead = original.replace("summary: Volunteers of the clubs", "summary: Young volunteers of the clubs")
    new_body = original.replace("the pupils painted", "the pupils of the school painted")
    for edited in (new_lead, new_body):
        assert edited != original
        path.write_text(edited, encoding="utf-8")
        for date in (CORRECT, "2024-02-02"):
            report, code = import_json("--out", out, "--date", date, raw)
            assert (report["status"], code, report["output"]) == ("exists", 1, str(path))
        assert articles_under(out) == [path] and path.read_text(encoding="utf-8") == edited


def test_copies_left_by_earlier_imports_are_named_and_left_alone(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    right = Path(import_json("--out", out, "--date", CORRECT, raw)[0]["output"])
    copy = out / "2026" / SLUG
    copy.parent.mkdir()
    copy.write_text(right.read_text(encoding="utf-8").replace(CORRECT, "2026-01-10"), encoding="utf-8")
    report, code = import_json("--out", out, "--date", CORRECT, raw)
    assert (report["status"], code, report["output"]) == ("unchanged", 0, str(right))
    [warning] = report["warnings"]
    assert warning.startswith(f"{copy} is this article too") and "delete" in warning
    assert articles_under(out) == [right, copy]


def test_the_same_title_with_another_story_is_another_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    import_json("--out", out, "--date", CORRECT, raw_text(tmp_path))
    other = TEXT.replace("a village school near Taraz", "the school of Zhambyl").replace("three", "two")
    report, _ = import_json("--out", out, "--date", "2024-09-01", raw_text(tmp_path, other, "other.txt"))
    assert (report["status"], report["output"]) == ("created", str(out / "2024" / SLUG))
    assert articles_under(out) == [out / "2023" / SLUG, out / "2024" / SLUG]


def test_an_article_filed_outside_the_year_folders_stays_where_it_is(tmp_path: Path) -> None:
    raw, out = raw_text(tmp_path), tmp_path / "out"
    written = Path(import_json("--out", out, "--date", CORRECT, raw)[0]["output"])
    filed = out / "series" / SLUG
    filed.parent.mkdir()
    written.rename(filed)
    assert import_json("--out", out, "--date", CORRECT, raw)[0] == {
        "input": str(raw),
        "output": str(filed),
        "status": "unchanged",
        "message": "",
        "warnings": [],
        "dry_run": False,
    }
    report, _ = import_json("--out", out, "--date", "2024-09-01", "--force", raw)
    assert (report["status"], report["output"], "moved_from" in report) == ("updated", str(filed), False)
    assert articles_under(out) == [filed] and load_article(filed).date == dt.date(2024, 9, 1)
