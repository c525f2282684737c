"""Import raw article text as Markdown articles: see ``--help`` and the README.

Run it from the site's folder; the same as the ``newsroom-import`` command.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.importer.cli import main

if __name__ == "__main__":
    sys.exit(main())
