"""``python -m pipeline``: the project's command line (the same as the ``coldwar`` command)."""

import sys

from pipeline.cli import main

sys.exit(main())
