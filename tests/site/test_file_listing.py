"""MkDocs' list of the docs folder, remembered across a server's builds (``newsroom.site.file_listing``),
against MkDocs' own ``get_files`` on real folders."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pathspec
import pytest
from mkdocs.structure.files import Files, InclusionLevel, get_files

from newsroom.site.file_listing import FileListing


def settings(tmp_path: Path, not_in_nav: list[str] | None = None) -> dict[str, Any]:
    spec = pathspec.gitignore.GitIgnoreSpec.from_lines(not_in_nav) if not_in_nav else None
    return {
        "docs_dir": str(tmp_path / "docs"),
        "site_dir": str(tmp_path / "site"),
        "use_directory_urls": True,
        "exclude_docs": None,
        "draft_docs": None,
        "not_in_nav": spec,
    }


def described(files: Files) -> list[tuple[Any, ...]]:
    """What MkDocs and our hooks read of each file."""
    return [
        (f.src_uri, f.dest_uri, f.url, f.abs_src_path, f.abs_dest_path, f.name, f.inclusion, f.is_documentation_page())
        for f in files
    ]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    paths = ("index.md", "news/2024/a-story.md", "news/2024/b-story.md", "about.md", "assets/site.css", ".hidden.md")
    for path in paths:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text("text", encoding="utf-8")
    return folder


def test_a_build_with_the_same_files_gets_copies_of_mkdocs_own_listing(docs: Path, tmp_path: Path) -> None:
    listing, config = FileListing(), settings(tmp_path, ["/news/**"])
    first = listing.files(config, get_files)
    first.get_file_from_path("news/2024/a-story.md").inclusion = InclusionLevel.DRAFT  # as our hooks do to a draft
    (docs / "news" / "2024" / "a-story.md").write_text("edited text", encoding="utf-8")  # content only
    second = listing.files(config, get_files)
    assert listing.reused == 1
    assert described(second) == described(get_files(config)), "not what MkDocs lists"
    assert not {id(f) for f in first} & {id(f) for f in second}, "a build's file objects reused by the next"


@pytest.mark.parametrize(
    "change",
    [
        lambda docs: (docs / "news" / "2024" / "c-story.md").write_text("new", encoding="utf-8"),
        lambda docs: (docs / "news" / "2024" / "b-story.md").unlink(),
        lambda docs: (docs / "news" / "2024" / "b-story.md").rename(docs / "news" / "2024" / "z-story.md"),
        lambda docs: (docs / "news" / "2025").mkdir(),
    ],
    ids=["new file", "deleted file", "renamed file", "new folder"],
)
def test_a_new_deleted_or_renamed_file_lists_the_folder_again(docs: Path, tmp_path: Path, change: Any) -> None:
    listing, config = FileListing(), settings(tmp_path)
    listing.files(config, get_files)
    change(docs)
    assert described(listing.files(config, get_files)) == described(get_files(config))
    assert listing.reused == 0


def test_changed_settings_list_the_folder_again(docs: Path, tmp_path: Path) -> None:
    listing = FileListing()
    listing.files(settings(tmp_path, ["/news/**"]), get_files)
    changed = settings(tmp_path, ["/about.md"])
    assert described(listing.files(changed, get_files)) == described(get_files(changed))
    assert listing.reused == 0
    assert listing.files(settings(tmp_path, ["/about.md"]), get_files) is not None and listing.reused == 1


def test_it_is_installed_once_in_mkdocs_build_module(tmp_path: Path) -> None:
    calls: list[Any] = []
    module = SimpleNamespace(get_files=lambda config: calls.append(config) or Files([]))
    listing = FileListing()
    listing.install(module)
    installed = module.get_files
    listing.install(module)
    assert module.get_files is installed, "installed twice"
    (tmp_path / "docs").mkdir()
    module.get_files(settings(tmp_path))
    module.get_files(settings(tmp_path))
    assert len(calls) == 1 and listing.reused == 1
