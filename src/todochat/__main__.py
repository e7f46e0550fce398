"""`python -m todochat` runs the command-line interface."""

import sys

from todochat.cli import main

sys.exit(main())
