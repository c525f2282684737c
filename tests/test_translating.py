"""``new_article.py --translation-of``: a translation's draft sharing the original's key."""

from __future__ import annotations

import sys
from pathlib import Path

from newsroom.article import load_article
from tests.helpers import REPOSITORY, run

ORIGINAL = """---
title: UNESCO clubs meet in Shymkent
date: 2023-10-30
summary: Club leaders met in Shymkent.
people: [Aigerim Sadykova]
lang: en
hide: [toc]   # the editor's own theme setting and comment stay
---

Club leaders from the southern regions met in Shymkent.
"""


def new_article(*args: str | Path, cwd: Path) -> object:
    return run(sys.executable, REPOSITORY / "scripts" / "new_article.py", *args, cwd=cwd)


def original(tmp_path: Path, text: str = ORIGINAL) -> Path:
    path = tmp_path / "docs" / "news" / "2023" / "unesco-clubs-meet-in-shymkent.md"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_translation_shares_a_new_key_written_into_the_original_by_one_line(tmp_path: Path) -> None:
    source = original(tmp_path)
    done = new_article(
        "--lang", "ru", "--translation-of", "docs/news/2023/unesco-clubs-meet-in-shymkent.md", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    draft_path = tmp_path / done.stdout.strip()
    assert draft_path.name == "unesco-clubs-meet-in-shymkent-ru.md"
    draft = load_article(draft_path)
    assert (draft.lang, draft.draft, draft.translation_key) == ("ru", True, "unesco-clubs-meet-in-shymkent")
    assert draft.people == ["Aigerim Sadykova"] and str(draft.date) == "2023-10-30"
    assert "Club leaders from the southern regions" in draft.body  # the text to translate
    text = source.read_text(encoding="utf-8")
    assert text == ORIGINAL.replace("---\n\nClub", "translation_key: unesco-clubs-meet-in-shymkent\n---\n\nClub")
    assert "translation_key: unesco-clubs-meet-in-shymkent (added" in done.stderr


def test_an_existing_key_is_kept_and_a_title_names_the_file(tmp_path: Path) -> None:
    source = original(tmp_path, ORIGINAL.replace("lang: en", "lang: en\ntranslation_key: shymkent"))
    before = source.read_text(encoding="utf-8")
    done = new_article(
        "Шымкентте клубтар кездесті", "--lang", "kk", "--translation-of", source, "--date", "2023-11-01", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    draft = load_article(Path(done.stdout.strip()))
    assert Path(done.stdout.strip()).name == "shymkentte-klubtar-kezdesti.md"
    assert (draft.title, draft.translation_key, str(draft.date)) == (
        "Шымкентте клубтар кездесті",
        "shymkent",
        "2023-11-01",
    )
    assert source.read_text(encoding="utf-8") == before


def test_a_translation_into_the_originals_language_or_of_a_broken_file_is_refused(tmp_path: Path) -> None:
    source = original(tmp_path)
    same = new_article("--lang", "en", "--translation-of", source, cwd=tmp_path)
    assert same.returncode == 2 and "is in en already" in same.stderr
    source.write_text(ORIGINAL.replace("date: 2023-10-30", "date: soon"), encoding="utf-8")
    broken = new_article("--lang", "ru", "--translation-of", source, cwd=tmp_path)
    assert broken.returncode == 2 and f"{source}: date:" in broken.stderr
    assert "Traceback" not in broken.stderr
    assert sorted(p.name for p in source.parent.iterdir()) == [source.name]
