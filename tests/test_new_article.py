"""``scripts/new_article.py``: a valid skeleton, never an overwrite."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsroom.article import load_article
from tests.helpers import REPOSITORY, run


def new_article(*args: str | Path):
    return run(sys.executable, REPOSITORY / "scripts" / "new_article.py", *args)


def test_writes_a_valid_draft_dated_today_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = new_article("Жазғы мектеп ашылды", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    article = load_article(path)
    assert path == tmp_path / str(dt.date.today().year) / "zhazgy-mektep-ashyldy.md"
    assert article.title == "Жазғы мектеп ашылды" and article.date == dt.date.today() and article.draft
    path.write_text(path.read_text(encoding="utf-8") + "\nMy edit.\n", encoding="utf-8")
    again = new_article("Жазғы мектеп ашылды", "--out", tmp_path)
    assert again.returncode == 1 and "exists already" in again.stderr
    assert path.read_text(encoding="utf-8").endswith("My edit.\n")
