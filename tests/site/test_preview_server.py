"""The preview's server settings (``newsroom.site.preview_server``), on stand-ins for MkDocs' server."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from newsroom.site.preview_server import quicken, rebuild_dirty, watch_folders


def test_only_folders_that_exist_are_watched(tmp_path: Path) -> None:
    watched: list[str] = []
    (tmp_path / "registry").mkdir()
    watch_folders(SimpleNamespace(watch=watched.append), [tmp_path / "registry", tmp_path / "overrides"])
    assert watched == [str(tmp_path / "registry")]


def test_the_servers_rebuilds_are_dirty_and_hold_the_pause() -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    paused: list[str] = []

    def build(config: Any, **options: Any) -> None:
        calls.append((config, options))

    @contextlib.contextmanager
    def pause() -> Iterator[None]:
        paused.append("in")
        yield
        paused.append("out")

    server = SimpleNamespace(observer=None)
    module_globals = {"build": build}
    stand_in = SimpleNamespace(__globals__=module_globals)  # MkDocs' builder calls ``build`` by its global name
    rebuild_dirty(server, stand_in, pause)  # type: ignore[arg-type]
    module_globals["build"]("config", serve_url="http://127.0.0.1:8000/", dirty=False)
    assert calls == [("config", {"serve_url": "http://127.0.0.1:8000/", "dirty": True})] and paused == ["in", "out"]
    wrapped = module_globals["build"]
    rebuild_dirty(server, stand_in, pause)  # type: ignore[arg-type]
    assert module_globals["build"] is wrapped  # not wrapped twice


def test_a_server_waits_less_for_more_changes() -> None:
    server = SimpleNamespace(build_delay=0.1, observer=SimpleNamespace(emitters=[], _timeout=0.5))
    quicken(server)
    assert server.build_delay < 0.1 and server.observer._timeout < 0.5
