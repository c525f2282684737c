"""What one MkDocs process keeps from build to build: its mode (a build, a ``--dirty`` build, a
server), the build under way, the readers' caches and the preview's memories; and the steps of a
build that are not about one page (its start, its outputs, its end).

Free of MkDocs types: the hooks give plain paths, pages and settings, and the site's files as a
``site_files.FileList``.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from newsroom.files import write_if_changed, write_new
from newsroom.site import collector, front_matter, incremental, memo
from newsroom.site.build_state import Build, BuildSite, start_build
from newsroom.site.feed_writer import write_feeds
from newsroom.site.old_output import remove_set_aside, set_aside
from newsroom.site.pagefind import IndexInBackground, has_index, index_site
from newsroom.site.pictures import publish
from newsroom.site.previewer import Previewer
from newsroom.site.side_process import SideProcess, make_folders
from newsroom.site.site_files import (
    FileList,
    SiteSettings,
    add_feeds,
    add_index_pages,
    add_pictures,
    in_memory,
    on_disk,
    written_aside,
)

log = logging.getLogger("mkdocs.hooks.newsroom")
OLD_SITE_FOLDER = "old-site"
"""Where in the cache folder the last build's site waits for its removal."""


class Session:
    """One MkDocs process: ``mkdocs build`` (maybe ``--dirty``) or ``mkdocs serve``."""

    def __init__(self) -> None:
        self.build = Build()
        self.digests = incremental.Digests()
        self.articles = incremental.ArticleReader(self.digests)
        self.registries = incremental.RegistryCache(self.digests)
        self.previewer = Previewer(self.digests, self.articles)
        self.previewing = False
        """Whether this is ``mkdocs serve`` (which shows drafts and their pictures, and rebuilds only what changed)."""
        self.dirty = False
        """Whether this is ``mkdocs build --dirty`` (the build cache then keeps what the build did not use)."""
        self.search_index = IndexInBackground(log.warning)
        self.side_work = SideProcess()
        """A clean build's page folders and feeds, made beside MkDocs' page loop (newsroom.site.side_process)."""
        self.old_site = SideProcess()
        """A clean build: the last build's site, removed beside this one (newsroom.site.old_output)."""

    @property
    def clean(self) -> bool:
        """Whether MkDocs empties the site folder before this build (not a server, not ``--dirty``)."""
        return not self.previewing and not self.dirty

    def set_old_site_aside(self, site_dir: Path, cache: Path) -> None:
        """A clean build: the last build's site removed beside this one (newsroom.site.old_output)."""
        trash = cache / OLD_SITE_FOLDER
        if self.clean and (set_aside(site_dir, trash) or trash.is_dir()):
            self.old_site.start(lambda: remove_set_aside(trash))

    def start(self, site: BuildSite) -> Build:
        """Read every article once, build the index and the language sections."""
        memo.begin()  # per-article fragments made once a build (newsroom.site.memo)
        self.articles.start()
        index_builder = self.previewer.remembering_index if self.previewing else None
        build = start_build(site, self.articles, self.registries.load, index_builder)
        if self.previewing:
            for renderer in build.renderers():
                renderer.env.bytecode_cache = self.previewer.bytecode
        return build

    def add_files(self, build: Build, files: FileList, settings: SiteSettings, editors_pages: dict[str, str]) -> None:
        """Add pictures, index pages and feeds to ``files``; ``editors_pages``: the editors' pages'
        docs paths by URL (drafts left out)."""
        add_pictures(build, files, settings, with_drafts=self.previewing)
        editors = set(editors_pages.values())
        if self.previewing:
            pages = self.previewer.index_pages(build, editors, settings.custom_dir, settings.language)
            fingerprint = in_memory(self.previewer.page_fingerprints.of)
        else:
            pages = build.languages.pages(editors)
            fingerprint = (on_disk if self.dirty else written_aside)(settings.cache)
        add_index_pages(build, files, pages, editors_pages, fingerprint)
        add_feeds(build, files, settings)
        self.build = build
        if not self.previewing:  # what the start made lives to the end of the build (newsroom.site.collector)
            collector.settle_for_a_build()

    def write_aside(self, folders: list[Path], site_dir: Path, site_url: str | None) -> None:
        """A clean build: its pages' folders and its feeds made beside MkDocs' page loop."""
        if self.clean:
            build = self.build
            self.side_work.start(lambda: self._folders_and_outputs(build, folders, site_dir, site_url))

    def _folders_and_outputs(self, build: Build, folders: list[Path], site_dir: Path, site_url: str | None) -> None:
        make_folders(folders)
        self.write_outputs(build, site_dir, site_url)

    def write_outputs(self, build: Build, site_dir: Path, site_url: str | None) -> None:
        """The generated pages' fingerprint files; the feeds one by one (under serve only those that changed)."""
        for path, fingerprint in build.fingerprints.items():
            write_if_changed(path, fingerprint, durable=False)
        if not site_url:
            return
        feeds, picture_for = build.feeds.values(), build.pictures.for_article
        if self.previewing:
            key_of = partial(self.previewer.feed_key, site_url=site_url)
            written = self.previewer.written_feeds()
            write_feeds(feeds, site_dir, site_url, picture_for, write_if_changed, written, key_of)
        else:  # a clean build: MkDocs emptied the site folder
            write_feeds(feeds, site_dir, site_url, picture_for, write_if_changed if self.dirty else write_new)

    def end(self, site_dir: Path, site_url: str | None, pagefind: bool) -> None:
        """Articles' pictures, the outputs (unless written aside), Pagefind's index if asked; under
        serve, the preview's end. A ``PagefindError`` goes to the caller."""
        build = self.build
        publish(build.pictures.files_to_publish(with_drafts=self.previewing), site_dir)
        if not self.side_work.finish():  # else a clean build wrote them aside (newsroom.site.side_process)
            self.write_outputs(build, site_dir, site_url)
        self.old_site.finish()  # a failure leaves the rest for the next build
        if pagefind:
            if self.previewing and has_index(site_dir):  # a rebuild: the page is served at once, its search soon
                self.search_index.request(site_dir)
            else:
                index_site(site_dir)
        if self.previewing:
            self.previewer.end_build(build, site_dir)
        memo.forget()
        collector.end_of_build()

    def fail(self) -> None:
        """A build failed: stop the side work, keep nothing of it for the next."""
        self.side_work.stop()
        self.old_site.finish()
        front_matter.end()  # a failed build keeps no article's front matter for the next
        collector.end_of_build()
