"""Write a new article skeleton under docs/news: ``python scripts/new_article.py "Title"``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.authoring import main

if __name__ == "__main__":
    sys.exit(main())
