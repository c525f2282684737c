"""What the search plugin reads of a page: the page without our article lists.

Our lists of articles (home page, index pages, related articles) are marked ``data-search-exclude``:
Material's search parses the whole page and then drops them. On an index page they are most of
the HTML, and parsing them is most of the search plugin's time. Handing it the page without them
gives the same index, sooner; the page itself keeps them.

An article's topics (``templates/newsroom/chips.html``) are a dozen links and labels whose tags the
search drops, keeping their words: the view gives it those rows as their words alone (about a third of
an article page's tags, each costing the plugin's Python parser as much as a paragraph); its date
line (date, byline, place, source) likewise.
"""

from __future__ import annotations

import re

EXCLUDED_LIST = re.compile(r'<ul class="nr-articles" data-search-exclude data-pagefind-ignore>(.*?)</ul>', re.S)
"""A list of articles the search leaves out (``templates/newsroom/article-list.html``)."""
SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""The attributes Material's search plugin removes from the page it has indexed (valued ones only)."""
VALUED_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="')
"""What a page with such an attribute has (a quick look: the removal's pattern is slow to scan a page)."""


_WORDS = r"\s*[^<\s][^<]*"
"""Text with a word in it (no tag): the search plugin keeps it as one piece, split or not."""
_CHIPS = rf' (?:<a class="nr-chip" href="[^"<>]*">{_WORDS}</a>|<span class="nr-chip">{_WORDS}</span>)'
CHIP_ROW = re.compile(
    rf'<div class="nr-chips nr-[\w-]+"><span class="nr-label">{_WORDS}</span>(?:{_CHIPS})*'
    rf'(?:\n<details class="nr-more"><summary>{_WORDS}</summary>(?:{_CHIPS})*</details>)?</div>'
)
"""A row of an article's topics as ``chips.html`` writes it: a label, then names one space apart."""
CHIP_TAG = re.compile(r'<a class="nr-chip" href="[^"<>]*">|</a>|<span class="nr-(?:chip|label)">|</span>')
"""The tags of a topics row the search plugin drops (keeping their words)."""
_LINK = r'<a href="[^"<>]*" rel="{}">'
META_LINE = re.compile(
    rf'<p class="nr-meta"><time datetime="[^"<>]*">{_WORDS}</time>'
    rf'(?: · <span class="nr-byline">(?:{_LINK.format("author")}{_WORDS}</a>|{_WORDS})</span>)?'
    rf'(?: · <span class="nr-dateline">{_WORDS}</span>)?'
    rf'(?: · <span class="nr-source">{_WORDS}(?: {_LINK.format("noopener")}{_WORDS}</a>)?</span>)?\n?</p>'
)
"""An article's date line as ``article-header.html`` writes it: date, byline, place, source."""
META_TAG = re.compile(
    r'<time datetime="[^"<>]*">|</time>|<span class="nr-(?:byline|dateline|source)">|</span>'
    r'|<a href="[^"<>]*" rel="(?:author|noopener)">|</a>'
)
"""The tags of a date line the search plugin drops (keeping their words)."""


def without_excluded_lists(html: str) -> str:
    """``html`` without its excluded lists of articles; as it is when a list holds another list
    (the lists are then left for the search plugin to skip itself). Its topics rows and date line as
    their words."""
    if 'class="nr-chips' in html:
        html = CHIP_ROW.sub(_words_of_row, html)
    if '<p class="nr-meta">' in html:
        html = META_LINE.sub(lambda line: META_TAG.sub("", line.group()), html, count=1)
    if "data-search-exclude data-pagefind-ignore>" not in html:
        return html
    if any("<ul" in found.group(1) for found in EXCLUDED_LIST.finditer(html)):
        return html
    return EXCLUDED_LIST.sub("", html)


def _words_of_row(row: re.Match[str]) -> str:
    """A topics row without the tags of its label and names. Material's search collapses a space
    alone between two tags to one and keeps the words between tags as they are: with each name and
    the label holding a word, and one space between them, the joined words are what it reads either way."""
    return CHIP_TAG.sub("", row.group())


def as_search_leaves_it(html: str) -> str:
    """The page as Material's search plugin leaves it after indexing it."""
    return SEARCH_ATTRIBUTES.sub("", html) if VALUED_SEARCH_ATTRIBUTE.search(html) else html
