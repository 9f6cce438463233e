"""The core and the command line never load Qt widgets; the window never loads the heavy
document and import libraries at start-up (they cost ~500 ms, docs perf-floors §1)."""

import subprocess
import sys
import textwrap


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    return set(out.stdout.split())


def test_core_imports_no_qt():
    import pmdesk.core

    core_modules = sorted(
        f"pmdesk.core.{p.stem}" for p in __import__("pathlib").Path(pmdesk.core.__file__).parent
        .glob("*.py") if p.stem != "__init__")
    loaded = _modules_after("\n".join(f"import {m}" for m in core_modules)
                            + "\nimport pmdesk.messages, pmdesk.cli, pmdesk.paths")
    assert not {m for m in loaded if m.startswith("PySide6") or m.startswith("pmdesk.ui")}


def test_main_window_starts_without_heavy_libraries():
    loaded = _modules_after("import pmdesk.ui.app, pmdesk.ui.main_window")
    assert not loaded & {"reportlab", "openpyxl", "pypinyin"}
