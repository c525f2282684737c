"""What the search plugin reads of a page: the page without our article lists.

Our lists of articles (home page, index pages, related articles) are marked ``data-search-exclude``:
Material's search parses the whole page and then drops them. On an index page they are most of
the HTML, and parsing them is most of the search plugin's time. Handing it the page without them
gives the same index, sooner; the page itself keeps them.
"""

from __future__ import annotations

import re

EXCLUDED_LIST = re.compile(r'<ul class="nr-articles" data-search-exclude data-pagefind-ignore>(.*?)</ul>', re.S)
"""A list of articles the search leaves out (``templates/newsroom/article-list.html``)."""
SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""The attributes Material's search plugin removes from the page it has indexed (valued ones only)."""
VALUED_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="')
"""What a page with such an attribute has (a quick look: the removal's pattern is slow to scan a page)."""


def without_excluded_lists(html: str) -> str:
    """``html`` without its excluded lists of articles; as it is when a list holds another list
    (the lists are then left for the search plugin to skip itself)."""
    if "data-search-exclude data-pagefind-ignore>" not in html:
        return html
    if any("<ul" in found.group(1) for found in EXCLUDED_LIST.finditer(html)):
        return html
    return EXCLUDED_LIST.sub("", html)


def as_search_leaves_it(html: str) -> str:
    """The page as Material's search plugin leaves it after indexing it."""
    return SEARCH_ATTRIBUTES.sub("", html) if VALUED_SEARCH_ATTRIBUTE.search(html) else html
