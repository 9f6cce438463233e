"""The PySide6 desktop interface. Only this package imports Qt widgets.

Once PySide6 is imported, its import hook reads the source of every module imported after it
(shibokensupport `feature._mod_uses_pyside`), so what the first window needs from the core
(the database, the office profile and who is signed in, with peewee and sqlite3) is imported
here first: it takes ~50 ms off start-up (benchmarks/run.py, scenario `startup`). The rest of
the core is imported where it is first used, after the window is up.
"""

import pmdesk.core.safety.auth  # noqa: F401
import pmdesk.core.settings  # noqa: F401
