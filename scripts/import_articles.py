"""Import raw article text as Markdown articles: see ``--help`` and the README."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.importer.cli import main

if __name__ == "__main__":
    sys.exit(main())
