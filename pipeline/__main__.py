"""``python -m pipeline``: the project's command line (the same as the ``coldwar`` command)."""

from pipeline.cli import exit_process, main

exit_process(main())
