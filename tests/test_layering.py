"""The core and the command line never load Qt widgets; the window never loads the heavy
document and import libraries at start-up (they cost ~500 ms, docs perf-floors §1)."""

import subprocess
import sys
import textwrap
from pathlib import Path


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    return set(out.stdout.split())


def _modules_of(package: str) -> list[str]:
    """Every module of `package`, its sub-packages' included."""
    root = Path(__file__).resolve().parent.parent
    folder = root / package.replace(".", "/")
    return sorted(".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
                  for p in folder.rglob("*.py"))


def test_core_and_documents_import_no_qt():
    modules = _modules_of("pmdesk.core") + _modules_of("pmdesk.documents")
    assert "pmdesk.documents.pdf" in modules
    loaded = _modules_after("\n".join(f"import {m}" for m in modules)
                            + "\nimport pmdesk.error_messages, pmdesk.cli, pmdesk.paths")
    assert not {m for m in loaded if m.startswith("PySide6") or m.startswith("pmdesk.ui")}


def test_core_imports_no_documents():
    loaded = _modules_after("\n".join(f"import {m}" for m in _modules_of("pmdesk.core")))
    assert not {m for m in loaded if m.startswith(("pmdesk.documents", "reportlab"))}


def test_main_window_starts_without_heavy_libraries():
    loaded = _modules_after("import pmdesk.ui.app, pmdesk.ui.main_window")
    assert not loaded & {"reportlab", "openpyxl", "pypinyin"}
