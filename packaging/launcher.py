"""Entry point of the desktop bundles: portable mode first, then the kit (CLI or app).

`kit.portable.prepare_environment()` runs before anything else, so in portable mode even the
command-line commands (journal, export, check) keep their data and Qt's caches on the stick.
"""

import sys

from kit.portable import prepare_environment

prepare_environment()

from kit.__main__ import main  # noqa: E402  (after the environment is set)

sys.exit(main())
