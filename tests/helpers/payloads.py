"""Hostile inputs shared by the build tests and the browser tests."""

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
