# Rendered from overlays/package/cli/__main__.py by scripts/regenerate.py. Do not edit: change the overlay and regenerate.
"""``python -m cloudmedia.cli``."""

import sys

from . import main

sys.exit(main())
