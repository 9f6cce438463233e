"""Entry script for the frozen (PyInstaller) build: the same `main()` as `pmdesk`."""

import sys

from pmdesk.__main__ import main

sys.exit(main())
