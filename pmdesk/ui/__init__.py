"""The PySide6 desktop interface. Only this package imports Qt widgets.

Once PySide6 is imported, its import hook reads the source of every module imported after it
(shibokensupport `feature._mod_uses_pyside`), so the core and its libraries are imported here
first: it takes ~50 ms off start-up (benchmarks/run.py, scenario `startup`).
"""

import pmdesk.core.backup  # noqa: F401
import pmdesk.core.residents  # noqa: F401
import pmdesk.core.search  # noqa: F401
import pmdesk.core.settings  # noqa: F401
import pmdesk.messages  # noqa: F401
