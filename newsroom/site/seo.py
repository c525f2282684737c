"""What sharing sites and search engines read in an article's <head> (pure functions; HTML from templates).

Open Graph (Facebook, LinkedIn, Telegram, WhatsApp...), a Twitter card, and a schema.org
``NewsArticle`` in JSON-LD (Google News, Bing). Every URL in them is absolute, built from
``site_url``. Nothing here knows about MkDocs: the hook passes the article and the site's URL.
"""

from __future__ import annotations

from typing import Any

from newsroom.article import Article
from newsroom.site.memo import urljoin
from newsroom.site.pictures import Picture
from newsroom.site.render import LinkFor, Renderer, default_renderer, is_web_url

OG_LOCALES = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}
SCHEMA_TYPES = {"people": "Person", "organizations": "Organization", "places": "Place"}


def site_root(site_url: str | None) -> str:
    """``site_url`` with its trailing slash; a ValueError when there is none."""
    if not site_url or not is_web_url(site_url):
        raise ValueError(f"site_url {site_url!r} is not an http(s) address: set site_url in mkdocs.yml")
    return site_url if site_url.endswith("/") else site_url + "/"


def article_url(article: Article, site_url: str) -> str:
    """The article's absolute URL."""
    return urljoin(site_root(site_url), article.url)


def image_url(article: Article, site_url: str, picture: Picture | None = None) -> str | None:
    """The absolute URL of the article's sharing picture (``picture``, made by the build, about 1200
    px wide), else of its picture file when it is a file of the site, else None."""
    path = picture.share.path if picture else article.image_path
    return urljoin(site_root(site_url), path) if path else None


def open_graph(
    article: Article, site_url: str, site_name: str, picture: Picture | None = None
) -> list[tuple[str, str]]:
    """Open Graph ``<meta property>`` tags as (property, content): an ``article`` with its date, tags and picture."""
    tags = [
        ("og:type", "article"),
        ("og:title", article.title),
        ("og:url", article_url(article, site_url)),
        ("og:site_name", site_name),
        ("og:locale", OG_LOCALES.get(article.lang, article.lang)),
    ]
    if article.summary:
        tags.append(("og:description", article.summary))
    if url := image_url(article, site_url, picture):
        tags.append(("og:image", url))
        tags.extend(_share_size("og:image:", picture))
        if alt := (picture.alt if picture else "") or (article.image.caption if article.image else ""):
            tags.append(("og:image:alt", alt))
    tags.append(("article:published_time", (article.moment or article.date).isoformat()))
    if article.modified is not None:
        tags.append(("article:modified_time", article.modified.isoformat()))
    tags.extend(("article:tag", tag) for tag in article.tags)
    return tags


def twitter_card(article: Article, site_url: str, picture: Picture | None = None) -> list[tuple[str, str]]:
    """Twitter/X card tags as (name, content): a large picture when the article has one, else a summary card."""
    url = image_url(article, site_url, picture)
    tags = [("twitter:card", "summary_large_image" if url else "summary"), ("twitter:title", article.title)]
    if article.summary:
        tags.append(("twitter:description", article.summary))
    if url:
        tags.append(("twitter:image", url))
        if picture and picture.alt:
            tags.append(("twitter:image:alt", picture.alt))
    return tags


def _share_size(prefix: str, picture: Picture | None) -> list[tuple[str, str]]:
    """``og:image:width``, ``height`` and ``type`` of the sharing picture made by the build."""
    if picture is None:
        return []
    share = picture.share
    return [(f"{prefix}width", str(share.width)), (f"{prefix}height", str(share.height)), (f"{prefix}type", share.mime)]


def _thing(kind: str, name: str, link: str | None = None) -> dict[str, str]:
    thing = {"@type": SCHEMA_TYPES[kind], "name": name}
    if link:
        thing["url"] = link
    return thing


def news_article(
    article: Article, site_url: str, site_name: str, link_for: LinkFor | None = None, picture: Picture | None = None
) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` of the article, as a JSON-LD mapping.

    ``link_for(kind, name)`` (``("people", "Bolat Akchulakov")``) gives the site-relative
    URL of that person's, organization's or place's page, or None.
    """
    root = site_root(site_url)
    url = article_url(article, site_url)
    publisher = {"@type": "Organization", "name": site_name, "url": root}

    def thing(kind: str, name: str) -> dict[str, str]:
        link = link_for(kind, name) if link_for else None
        return _thing(kind, name, urljoin(root, link) if link else None)

    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": (article.moment or article.date).isoformat(),
        "inLanguage": article.lang,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "publisher": publisher,
        "author": {"@type": "Person", "name": article.byline} if article.byline else publisher,
    }
    if article.modified is not None:
        data["dateModified"] = article.modified.isoformat()
    if article.byline and link_for and (author_page := link_for("authors", article.byline)):
        data["author"] = {"@type": "Person", "name": article.byline, "url": urljoin(root, author_page)}
    if article.subtitle:
        data["alternativeHeadline"] = article.subtitle
    if article.summary:
        data["description"] = article.summary
    if article.dateline:
        data["dateline"] = article.dateline
    if url := image_url(article, site_url, picture):
        image: dict[str, Any] = {"@type": "ImageObject", "url": url, "contentUrl": url}
        if picture:
            image.update(width=picture.share.width, height=picture.share.height)
        if article.image and article.image.caption:
            image["caption"] = article.image.caption
        if article.image and article.image.credit:
            image["creditText"] = article.image.credit
        data["image"] = image
    if article.people:
        data["about"] = [thing("people", name) for name in article.people]
    mentions = [thing(kind, name) for kind in ("organizations", "places") for name in getattr(article, kind)]
    if mentions:
        data["mentions"] = mentions
    if article.tags:
        data["keywords"] = list(article.tags)
    if article.source:
        source = {"@type": "Organization", "name": article.source.name}
        if article.source.url and is_web_url(article.source.url):
            source["url"] = article.source.url
        data["sourceOrganization"] = source
    return data


def json_ld_script(data: dict[str, Any], renderer: Renderer | None = None) -> str:
    """``<script type="application/ld+json">`` holding ``data``; no text in it can end the script."""
    return (renderer or default_renderer()).render("json-ld", data=data)


def article_head(
    article: Article,
    site_url: str,
    site_name: str,
    link_for: LinkFor | None = None,
    renderer: Renderer | None = None,
    picture: Picture | None = None,
) -> str:
    """Everything an article page adds to its <head>: Open Graph, Twitter card, JSON-LD.

    The canonical link is Material's own (from ``site_url``); it is not repeated here.
    """
    return (renderer or default_renderer()).render(
        "article-head",
        open_graph=open_graph(article, site_url, site_name, picture),
        twitter=twitter_card(article, site_url, picture),
        data=news_article(article, site_url, site_name, link_for, picture),
    )


def robots_txt(site_url: str) -> str:
    """``robots.txt``: every page may be crawled; the sitemap is at the site's root.

    Crawlers read robots.txt only at a host's root: it works for a site on its own domain,
    not for one under a path (``https://org.github.io/newsroom/``).
    """
    return f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_root(site_url), 'sitemap.xml')}\n"
