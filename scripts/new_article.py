"""Write a new article (a draft with every usual field to fill in) under docs/news/<year>/.

``python scripts/new_article.py "Title" [--date YYYY-MM-DD] [--lang en|ru|kk]``, from the site's
folder; the same as the ``newsroom-new`` command. A translation of an article:
``python scripts/new_article.py --lang ru --translation-of docs/news/2023/x.md ["Заголовок"]``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.authoring import main

if __name__ == "__main__":
    sys.exit(main())
