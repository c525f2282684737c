"""The importer's command line on the seed article: contract of statuses, exit codes and output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsroom.article import load_article
from tests.helpers import SEED, import_articles

SEED_FILE = "2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco.md"


def seed_paragraphs() -> list[str]:
    return [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def import_seed(out: Path, *extra: str) -> dict[str, str]:
    result = import_articles("--json", "--out", out, "--date", "2023-10-31", *extra, SEED)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_seed_becomes_an_article_with_its_metadata(tmp_path: Path) -> None:
    report = import_seed(tmp_path)
    assert report["status"] == "created"
    assert Path(report["output"]) == tmp_path / SEED_FILE
    article = load_article(tmp_path / SEED_FILE)
    assert article.title == "Kazakhstan heads the World Federation of Clubs for UNESCO"
    assert article.date.isoformat() == "2023-10-31"
    assert article.image is not None
    assert (article.image.caption, article.image.credit) == ("Akchulakov", "www.unesco.org")
    assert "Bolat Akchulakov" in article.people
    assert article.source is not None and article.source.name == "Kazinform"
    assert article.lang == "en"
    assert article.summary.startswith("At the X World Congress, which took place from October 26 to 29 in Seoul")


def test_the_seed_body_keeps_every_paragraph_and_drops_debris(tmp_path: Path) -> None:
    import_seed(tmp_path)
    body = load_article(tmp_path / SEED_FILE).body
    assert "Currently reading" not in body
    assert "Photo: www.unesco.org" not in body
    assert "Akchulakov\n" not in body
    body_paragraphs = [p.strip() for p in body.split("\n\n")]
    kept = [p for p in seed_paragraphs()[1:] if p not in ("Akchulakov\nPhoto: www.unesco.org", "Currently reading")]
    assert kept == body_paragraphs  # word for word, typographic quotes included
    assert "“Youth has always been a priority" in body


def test_reimporting_the_same_text_is_unchanged(tmp_path: Path) -> None:
    import_seed(tmp_path)
    before = (tmp_path / SEED_FILE).stat().st_mtime_ns
    assert import_seed(tmp_path)["status"] == "unchanged"
    assert (tmp_path / SEED_FILE).stat().st_mtime_ns == before


def test_a_hand_edited_article_is_never_overwritten_without_force(tmp_path: Path) -> None:
    import_seed(tmp_path)
    target = tmp_path / SEED_FILE
    edited = target.read_text(encoding="utf-8").replace("lang: en", "lang: en\nsubtitle: Edited by hand")
    target.write_text(edited, encoding="utf-8")
    result = import_articles("--json", "--out", tmp_path, "--date", "2023-10-31", SEED)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["status"] == "exists" and "--force" in report["message"]
    assert target.read_text(encoding="utf-8") == edited
    assert import_seed(tmp_path, "--force")["status"] == "updated"
    assert "Edited by hand" not in target.read_text(encoding="utf-8")


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    report = import_seed(tmp_path, "--dry-run")
    assert (report["status"], report["dry_run"]) == ("created", True)
    assert not any(tmp_path.iterdir())


def test_without_a_date_today_is_used_with_a_warning(tmp_path: Path) -> None:
    before = dt.date.today()
    result = import_articles("--json", "--out", tmp_path, SEED)
    after = dt.date.today()
    assert result.returncode == 0
    assert "no date in the text" in result.stderr and "using today" in result.stderr
    written = load_article(Path(json.loads(result.stdout)["output"])).date
    assert written in (before, after)  # today (a run across midnight may give either)
    assert written.isoformat() in result.stderr


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    import_seed(tmp_path, "--lang", "kk")
    assert load_article(tmp_path / SEED_FILE).lang == "kk"


def test_a_failing_input_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    out = tmp_path / "out"
    result = import_articles("--json", "--out", out, "--date", "2023-10-31", empty, tmp_path / "missing.txt", SEED)
    assert result.returncode == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["failed", "failed", "created"]
    assert reports[0]["message"].startswith(str(empty)) and "empty" in reports[0]["message"]
    assert "missing.txt" in reports[1]["message"]
    assert "Traceback" not in result.stderr
    assert (out / SEED_FILE).exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert import_articles("--date", "soon", SEED).returncode == 2
    assert import_articles().returncode == 2
    bad_date = import_articles("--date", "2023-02-30", "--out", tmp_path, SEED)
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr and "Traceback" not in bad_date.stderr


def test_a_folder_imports_every_text_file_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2023-10-31", folder)
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["created"]
