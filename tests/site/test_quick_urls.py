"""The preview's stand-ins for ``urljoin``, ``urlsplit`` and MkDocs' build date give the same results."""

from __future__ import annotations

import datetime as dt
import itertools
import types
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.utils import get_build_date

from newsroom.site.quick_urls import BuildDate, QuickUrls, install

BASES = [
    "http://127.0.0.1:8000/newsroom/",
    "https://example.org/",
    "http://localhost:8000/a/b/",
    "http://example.org/a/./b/",
    "http://example.org/a/../",
    "http://example.org//",
    "http://example.org/news",
    "http://example.org/?q=1",
    "http://[::1]:8000/",
    "HTTP://Example.org/",
    "ftp://example.org/x/",
    "/newsroom/",
    "",
]
URLS = [
    "",
    "news/2024/story/",
    "news/2024/story",
    "tags/youth/page/2/",
    "a.b/c..d/",
    "./x/",
    "../x/",
    "x/../y/",
    "x/./y/",
    ".hidden/",
    "/absolute/",
    "//other.org/x/",
    "http://other.org/x/",
    "x?y=1",
    "x#part",
    "x;p",
    "тег/",
    "x%20y/",
    "a b/",
    "\tx/",
    "mailto:x",
]


@pytest.mark.parametrize("base", BASES)
def test_urljoin_and_urlsplit_give_the_standard_results(base: str) -> None:
    quick = QuickUrls()
    for url in URLS:
        assert quick.urljoin(base, url) == urljoin(base, url), (base, url)
        joined = urljoin(base, url)
        assert quick.urlsplit(joined) == urlsplit(joined), joined
        assert quick.urlsplit(url) == urlsplit(url), url


def test_every_pair_of_plain_pieces_joins_as_the_standard_function_does() -> None:
    quick, pieces = QuickUrls(), ["", "a", "a/", "-", "~x", "a%2F", "x.y", "x..", "9/"]
    for base, first, second in itertools.product(BASES[:3], pieces, pieces):
        url = first + second
        assert quick.urljoin(base, url) == urljoin(base, url)
        assert quick.urlsplit(base + url) == urlsplit(base + url)


def test_the_build_date_is_mkdocs_own_and_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    date = BuildDate(get_build_date)
    assert date() == get_build_date() == dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert date() == get_build_date() == "1970-01-02"
    monkeypatch.setattr("time.time", lambda: 2 * 86400 + 5.0)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert date() == "1970-01-03"


def test_install_replaces_only_the_standard_functions() -> None:
    own = types.SimpleNamespace(urljoin=urljoin, urlsplit=urlsplit, get_build_date=get_build_date)
    install(own)
    assert own.urljoin is not urljoin and own.urlsplit is not urlsplit and isinstance(own.get_build_date, BuildDate)
    other = types.SimpleNamespace(urljoin=lambda base, url: "theirs")
    install(other)
    assert other.urljoin("a", "b") == "theirs" and not hasattr(other, "urlsplit")


def test_a_plain_site_url_and_address_are_joined_and_split_without_the_standard_functions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quick, base = QuickUrls(), "http://127.0.0.1:8000/newsroom/"
    expected_join, expected_split = urljoin(base, "news/2024/story/"), urlsplit(base + "news/2024/story/")

    def standard(*args: object) -> None:
        raise AssertionError(f"the standard function was called for {args}")

    monkeypatch.setattr("newsroom.site.quick_urls.urljoin", standard)
    monkeypatch.setattr("newsroom.site.quick_urls.urlsplit", standard)
    assert quick.urljoin(base, "news/2024/story/") == expected_join
    assert quick.urlsplit(expected_join) == expected_split
