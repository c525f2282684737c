"""The site: the articles of a docs folder in, the pages MkDocs adds and the HTML it shows out.

``catalog`` reads every article and profile once per build, ``indexes`` builds the terms and
related articles, ``pages`` the index pages' contents, ``render`` the HTML fragments from the
templates in ``templates/newsroom/`` (a site's ``custom_dir`` overrides any of them), ``feeds`` and
``seo`` the feeds and head tags, ``sanitize`` the allow-list for articles, ``pagefind`` the search.
"""
