"""``python -m cloudmedia.cli``."""

import sys

from . import main

sys.exit(main())
