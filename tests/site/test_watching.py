"""The preview's file watcher (``newsroom.site.watching``), on real folders, without a server."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from newsroom.files import write_atomic
from newsroom.site import watching
from newsroom.site.incremental import watchers_waiting
from newsroom.site.watching import PreviewObserver, hidden_below, take_over

HOUR = 3600.0
"""A polling interval no test waits for: what arrives came from inotify."""


class Seen(FileSystemEventHandler):
    """What a handler was given, as MkDocs' server receives it."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[FileSystemEvent] = []

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events.append(event)

    def paths(self) -> list[str]:
        return [os.path.basename(p) for e in self.events for p in (e.src_path, e.dest_path) if p]

    def wait_for(self, condition: Callable[[], bool], seconds: float = 10) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.02)
        return condition()


def observing(observer: PreviewObserver, folder: Path, handler: Seen) -> Iterator[PreviewObserver]:
    observer.schedule(handler, str(folder), recursive=True)
    observer.start()
    try:
        time.sleep(0.1)  # a polling observer's first look is taken
        yield observer
    finally:
        observer.stop()
        observer.join()


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "news").mkdir(parents=True)
    (folder / "news" / "story.md").write_text("---\ntitle: A story\n---\n", encoding="utf-8")
    return folder


def test_a_saved_file_is_reported_by_inotify_without_a_look(docs: Path) -> None:
    seen = Seen()
    observer = PreviewObserver(HOUR, hidden_below(docs))
    assert observer.notified, "this system has inotify: folders must not be polled"
    for _ in observing(observer, docs, seen):
        write_atomic(docs / "news" / "story.md", "---\ntitle: Another story\n---\n")
        assert seen.wait_for(lambda: "story.md" in seen.paths()), "the save was not reported"


def test_reading_files_reports_nothing_and_a_saves_temporary_file_is_left_out(docs: Path) -> None:
    seen = Seen()
    for _ in observing(PreviewObserver(HOUR, hidden_below(docs)), docs, seen):
        (docs / "news" / "story.md").read_bytes()  # every build reads every file
        (docs / ".story.md.123-1.tmp").write_text("half a save", encoding="utf-8")
        (docs / ".story.md.123-1.tmp").unlink()
        (docs / "news" / "other.md").write_text("text", encoding="utf-8")  # a marker: events come in order
        assert seen.wait_for(lambda: "other.md" in seen.paths())
        assert set(seen.paths()) == {"other.md"}, seen.events


def test_a_folder_moved_away_is_a_change_for_mkdocs(docs: Path, tmp_path: Path) -> None:
    """Watchdog reports only the folder, and MkDocs' server ignores folders' events."""
    seen = Seen()
    for _ in observing(PreviewObserver(HOUR, hidden_below(docs)), docs, seen):
        (docs / "news").rename(tmp_path / "news-away")
        assert seen.wait_for(lambda: any(not e.is_directory for e in seen.events)), seen.events
        assert all(not e.is_directory for e in seen.events)


def test_a_change_during_a_build_is_reported_after_it(docs: Path) -> None:
    seen = Seen()
    for observer in observing(PreviewObserver(HOUR, hidden_below(docs)), docs, seen):
        with watchers_waiting(observer):
            (docs / "news" / "during.md").write_text("text", encoding="utf-8")
            time.sleep(0.3)
            assert not seen.events, "a change was reported while the build ran"
        assert seen.wait_for(lambda: "during.md" in seen.paths()), "the change made during the build was missed"


def test_without_inotify_folders_are_polled(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watching, "_native_observer", lambda timeout: None)
    seen = Seen()
    observer = PreviewObserver(0.05, hidden_below(docs))
    assert not observer.notified
    for _ in observing(observer, docs, seen):
        (docs / "news" / "new.md").write_text("text", encoding="utf-8")
        assert seen.wait_for(lambda: "new.md" in seen.paths()), "the polling watcher missed the new file"


def test_when_inotify_cannot_start_its_folders_are_polled(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Exhausted(PollingObserver):  # as inotify when the kernel has no watch left
        def start(self) -> None:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(watching, "_native_observer", lambda timeout: Exhausted(timeout=timeout))
    seen = Seen()
    observer = PreviewObserver(0.05, hidden_below(docs))
    for _ in observing(observer, docs, seen):
        assert not observer.notified
        (docs / "news" / "new.md").write_text("text", encoding="utf-8")
        assert seen.wait_for(lambda: "new.md" in seen.paths()), "the folder was no longer watched"


def test_a_single_file_is_polled_as_an_editors_save_replaces_it(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: One\n", encoding="utf-8")
    seen = Seen()
    observer = PreviewObserver(0.05)
    observer.schedule(seen, str(config))
    observer.start()
    try:
        for name in ("Two", "Three"):  # replaced twice: a notification on the first file would miss the second
            time.sleep(0.1)
            count = len(seen.events)
            write_atomic(config, f"site_name: {name}\n")
            assert seen.wait_for(lambda count=count: len(seen.events) > count), f"the save of {name} was missed"
    finally:
        observer.stop()
        observer.join()


def test_the_server_gets_the_observer_with_its_watches_and_unwatches(docs: Path) -> None:
    seen = Seen()
    old = PollingObserver(timeout=0.5)
    watch = old.schedule(seen, str(docs), recursive=True)
    server = SimpleNamespace(observer=old)
    observer = take_over(server, docs)
    assert observer is not None and server.observer is observer and not old.emitters
    assert take_over(server, docs) is None, "taken over twice"
    observer.start()
    try:
        (docs / "news" / "new.md").write_text("text", encoding="utf-8")
        assert seen.wait_for(lambda: "new.md" in seen.paths()), "the server's handler was not moved over"
        observer.unschedule(watch)  # as MkDocs' ``unwatch`` passes the watch its observer gave
        count = len(seen.events)
        (docs / "news" / "later.md").write_text("text", encoding="utf-8")
        time.sleep(0.3)
        assert len(seen.events) == count, "an unwatched folder still reported"
    finally:
        observer.stop()
        observer.join()


def test_hidden_files_are_those_below_the_folder_whose_name_starts_with_a_dot() -> None:
    hidden = hidden_below(Path("/site/docs"))
    assert hidden("/site/docs/news/.story.md.1-2.tmp") and hidden("/site/docs/.nojekyll")
    assert not hidden("/site/docs/news/story.md") and not hidden("/site/docs/.well-known/security.txt")
    assert not hidden("/site/.cache") and not hidden("/site/docs-other/.x") and not hidden("/site/mkdocs.yml")
