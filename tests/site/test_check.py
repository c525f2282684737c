"""``newsroom-check``: the content check without a build, run as a command in throwaway sites.

Every problem is one line ``path: field: problem`` on stdout; the exit code is 1 when there is
any, 0 when there is none, 2 when there is no site; a strict build stops on the same problems.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from PIL import Image

from newsroom.article import KNOWN_FIELDS
from tests.helpers import REPOSITORY, mkdocs_build, run

FIELD_LIST = ", ".join(sorted(KNOWN_FIELDS))
BROKEN_ARTICLE = """---
title: Youth forum in Almaty
date: 2025-11-20
updated: soon
corrections:
- date: 2025-11-19
  text: The forum was on Friday.
- text: ''
tagz: [youth]
---

Text.
"""
EMBARGOED = """---
title: A forum opens in Aktau
date: 2099-05-04T10:30:00+05:00
tags: [youth]
---

Text.
"""
BROKEN_AUTHOR = "---\nrole: [Staff reporter]\n---\n\nA reporter.\n"
UNNAMED_PERSON = "---\nname: Nobody Namedhere\n---\n\nBio.\n"
EXPECTED = [
    "docs/authors/someone.md: name: missing (the name as articles write it)",
    "docs/authors/someone.md: role: ['Staff reporter'] is not text",
    "docs/news/2025/youth-forum.md: updated: 'soon' is not a date (YYYY-MM-DD)",
    "docs/news/2025/youth-forum.md: corrections: correction 1: date: 2025-11-19 is before the article's date "
    "(2025-11-20)",
    "docs/news/2025/youth-forum.md: corrections: correction 2: text: missing (what was corrected)",
    "docs/news/2025/youth-forum.md: corrections: correction 2: date: missing (YYYY-MM-DD)",
    f"docs/news/2025/youth-forum.md: tagz: unknown field (a typo of 'tags'? the article fields are {FIELD_LIST})",
    "docs/people/nobody.md: name: 'Nobody Namedhere' is named in no published article, nor in a draft",
]


def check(project: Path, *args: str) -> tuple[int, list[str], str]:
    result = run(sys.executable, "-m", "newsroom.site.check", *args, cwd=project)
    return result.returncode, result.stdout.splitlines(), result.stderr


def write(project: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")


@pytest.fixture
def broken(project: Path) -> Path:
    write(
        project,
        {
            "docs/news/2025/youth-forum.md": BROKEN_ARTICLE,
            "docs/authors/someone.md": BROKEN_AUTHOR,
            "docs/people/nobody.md": UNNAMED_PERSON,
        },
    )
    return project


def test_clean_content_passes_with_a_summary_and_no_problem_lines(project: Path) -> None:
    write(project, {"docs/news/2099/a-forum-opens-in-aktau.md": EMBARGOED})
    code, problems, stderr = check(project)
    assert (code, problems) == (0, []), stderr
    assert "scheduled: docs/news/2099/a-forum-opens-in-aktau.md: goes out 2099-05-04 10:30 (Asia/Almaty)" in stderr
    assert "content check: " in stderr and "2 articles (1 scheduled)" in stderr and "no problems" in stderr


def test_every_problem_is_one_line_naming_file_and_field_and_the_exit_code_is_1(broken: Path) -> None:
    code, problems, stderr = check(broken)
    assert code == 1
    assert problems == EXPECTED
    assert "8 problems" in stderr


def test_the_strict_build_stops_on_the_same_problems(broken: Path, tmp_path: Path) -> None:
    result = mkdocs_build(broken, tmp_path / "site")
    assert result.returncode != 0
    assert all(problem in result.stderr for problem in EXPECTED), result.stderr


def test_a_broken_registry_and_settings_are_named_too(project: Path) -> None:
    write(project, {"registry/people.yml": "- name: [Dana]\n"})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nextra:\n  newsroom:\n    timezone: Mars/Olympus\n")
    code, problems, _ = check(project)
    assert code == 1
    assert problems == [
        "mkdocs.yml: extra.newsroom.timezone: 'Mars/Olympus' is not a known time zone (like Asia/Almaty)",
        "registry/people.yml: entry 1 has no name",
    ]


def test_a_fixed_clock_that_cannot_be_read_is_a_problem(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSROOM_NOW", "tomorrow")
    code, problems, _ = check(project)
    assert (code, problems) == (1, ["NEWSROOM_NOW: 'tomorrow' is not a date and time (like 2026-12-01T10:00:00+05:00)"])


def test_the_embargo_ends_at_the_fixed_clock(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project, {"docs/news/2099/a-forum-opens-in-aktau.md": EMBARGOED})
    monkeypatch.setenv("NEWSROOM_NOW", "2099-05-04T10:30:00+05:00")
    code, _, stderr = check(project)
    assert code == 0 and "(0 scheduled)" in stderr and "scheduled:" not in stderr


PICTURED = """---
title: Clubs paint a mural in Atyrau
date: 2025-10-02
tags: [culture]
image:
  src: {src}
  caption: The mural on the school wall
---

Text.
"""


def test_pictures_are_checked_missing_not_a_picture_or_without_alt_text(project: Path) -> None:
    write(
        project,
        {
            "docs/news/2025/mural.md": PICTURED.format(src="mural.jpg"),
            "docs/news/2025/mural.jpg": "not a picture",
            "docs/news/2025/lost.md": PICTURED.format(src="lost.jpg"),
        },
    )
    code, problems, _ = check(project)
    assert code == 1
    assert [line.split(":")[0] for line in problems] == [
        "docs/news/2025/lost.md",
        "docs/news/2025/mural.jpg",
        "docs/news/2025/mural.md",
    ]
    assert any("alt" in line for line in problems if line.startswith("docs/news/2025/mural.md"))


def test_a_picture_mended_after_a_check_is_read_again(project: Path) -> None:
    write(
        project,
        {
            "docs/news/2025/mural.md": PICTURED.format(src="mural.jpg").replace(
                "  caption:", "  alt: A mural\n  caption:"
            )
        },
    )
    (project / "docs/news/2025/mural.jpg").write_text("not a picture", encoding="utf-8")
    code, problems, _ = check(project)
    assert code == 1 and problems == [
        "docs/news/2025/mural.jpg: not a picture (JPEG, PNG or WebP expected) (the picture of docs/news/2025/mural.md)"
    ]
    assert (project / ".cache/newsroom/check-pictures.json").is_file()  # remembered for the next check
    Image.new("RGB", (300, 200), "teal").save(project / "docs/news/2025/mural.jpg", "JPEG")
    assert check(project)[:2] == (0, [])


VERSION = """---
title: {title}
date: 2025-10-03
lang: ru
translation_key: mural-atyrau
---

Текст.
"""


def test_languages_are_checked_two_versions_in_one_language_and_unknown_languages(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nextra:\n  newsroom:\n    languages: [en, ru]\n")
    write(
        project,
        {
            "docs/news/2025/mural-ru.md": VERSION.format(title="Мурал в Атырау"),
            "docs/news/2025/mural-ru-2.md": VERSION.format(title="Мурал в Атырау снова"),
        },
    )
    code, problems, _ = check(project)
    assert code == 1
    [problem] = [line for line in problems if "translation_key" in line]
    assert "mural-ru.md" in problem and "mural-ru-2.md" in problem
    config.write_text(config.read_text(encoding="utf-8").replace("[en, ru]", "[en, xx]"))
    code, problems, _ = check(project)
    assert code == 1 and any(line.startswith("mkdocs.yml: extra.newsroom.languages: 'xx'") for line in problems)


def test_without_a_site_it_says_so_and_exits_2(tmp_path: Path) -> None:
    code, problems, stderr = check(tmp_path)
    assert (code, problems) == (2, [])
    message = "newsroom-check: mkdocs.yml: not found (run newsroom-check in the site's folder, or give -f)"
    assert stderr.strip() == message


def test_it_checks_the_site_of_another_folder_with_f(broken: Path, tmp_path: Path) -> None:
    code, problems, _ = check(tmp_path, "-f", str(broken / "mkdocs.yml"))
    assert code == 1 and problems == EXPECTED


def test_publishing_runs_hourly_and_keeps_the_strict_build_and_pre_commit_runs_the_check() -> None:
    workflow = yaml.safe_load((REPOSITORY / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as true
    assert [entry["cron"].split()[1:] for entry in triggers["schedule"]] == [["*", "*", "*", "*"]]  # every hour
    steps = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "newsroom-check" in steps and any(run.startswith("mkdocs build --strict") for run in steps)
    hooks = yaml.safe_load((REPOSITORY / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    assert hooks[0]["entry"] == "./dev check" and hooks[0]["pass_filenames"] is False


def test_a_second_check_sees_every_edit_and_still_reports_unchanged_problems(project: Path) -> None:
    """The check remembers unchanged articles between runs; an edit is always read again."""
    article = project / "docs/news/2025/youth-forum.md"
    write(project, {"docs/news/2025/youth-forum.md": BROKEN_ARTICLE.replace("updated: soon\n", "")})
    first = check(project)[1]
    assert check(project)[1] == first and len(first) == 4  # the unchanged broken file, from the cache
    assert (project / ".cache/newsroom/check-articles.pickle").is_file()
    article.write_text(BROKEN_ARTICLE, encoding="utf-8")
    assert check(project)[1] == [EXPECTED[2], *first]
    article.write_text(EMBARGOED.replace("2099-05-04T10:30:00+05:00", "2025-11-20"), encoding="utf-8")
    assert check(project)[:2] == (0, [])
    article.unlink()
    code, problems, stderr = check(project)
    assert (code, problems) == (0, []) and "1 articles" in stderr


def test_the_console_script_is_declared_and_answers_help() -> None:
    scripts = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["newsroom-check"] == "newsroom.site.check:main"
    result = run(sys.executable, "-m", "newsroom.site.check", "--help")
    assert result.returncode == 0 and result.stdout.startswith("usage: newsroom-check")
    assert "--no-cache" in result.stdout
