"""The house keeps its shape: the core, the documents, the actions and the command line never
load Qt; the core loads none of the layers above it; the documents never load the database
code; no module imports another that imports it back (function-level imports included); the
window never loads at start-up what it needs only later — the document and import libraries
(~500 ms, docs perf-floors §1), the dialogs, the tabs not yet opened (the list in
pyproject.toml, kept by ruff)."""

import ast
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + ("\nimport sys\nprint('\\n'.join(name for name, module in "
                                      "sys.modules.items() if module is not None))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    return set(out.stdout.split())


def _modules_of(package: str) -> list[str]:
    """Every module of `package`, its sub-packages' included."""
    folder = ROOT / package.replace(".", "/")
    return sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                  for p in folder.rglob("*.py"))


def _importing(modules: list[str]) -> str:
    return "\n".join(f"import {m}" for m in modules)


def test_nothing_but_the_window_imports_qt():
    modules = (_modules_of("pmdesk.core") + _modules_of("pmdesk.documents")
               + _modules_of("pmdesk.actions") + _modules_of("pmdesk.cli"))
    assert {"pmdesk.documents.pdf", "pmdesk.actions.payments", "pmdesk.cli.money"} <= \
        set(modules)
    loaded = _modules_after(_importing(modules) + "\nimport pmdesk.error_messages, pmdesk.labels")
    assert not {m for m in loaded if m.startswith(("PySide6", "pmdesk.ui"))}


def test_the_core_loads_no_layer_above_it():
    loaded = _modules_after(_importing(_modules_of("pmdesk.core")))
    assert not {m for m in loaded
                if m.startswith(("pmdesk.documents", "pmdesk.actions", "pmdesk.cli",
                                 "pmdesk.ui", "reportlab"))}


def test_documents_never_load_the_database_code():
    """Data in, PDF (or xlsx) bytes out: the records they print are type hints only."""
    loaded = _modules_after(_importing(_modules_of("pmdesk.documents")))
    assert not {m for m in loaded if m.startswith(("pmdesk.core.safety.db", "peewee",
                                                   "sqlite3", "pmdesk.actions"))}


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The pmdesk modules `path` imports anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert not node.level, f"{name}: relative import"  # the house uses none
            found |= {f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known
                      else node.module for alias in node.names}
    return {m for m in found if m in known and m != name}


def test_no_import_circles():
    """Tarjan's strongly connected components over every import, function-level ones
    included: a circle is a module that, however indirectly, imports itself."""
    names = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for p in (ROOT / "pmdesk").rglob("*.py")}
    graph = {name: {m for m in _imports(path, name, set(names))
                    if not (path.name == "__init__.py" and m.startswith(name + "."))}
             for name, path in names.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert circles == []


def _lint_settings() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["tool"]["ruff"]["lint"]


def test_the_window_starts_without_what_it_loads_later():
    """The modules ruff's TID253 keeps from the top of the start-up modules (pyproject.toml,
    with the measurements that put them there) are not loaded by the time the window module
    is, and neither is any module allowed to import them at its top: a start-up module that
    imports one of those at its top is the same cost by another road."""
    lint = _lint_settings()
    later = lint["flake8-tidy-imports"]["banned-module-level-imports"]
    assert {"reportlab", "openpyxl", "pypinyin", "pmdesk.documents"} <= set(later)
    loaded = _modules_after("import pmdesk.__main__, pmdesk.ui.app, pmdesk.ui.main_window")
    assert not {m for m in loaded if m in later or m.startswith(tuple(f"{n}." for n in later))}
    allowed = [pattern for pattern, rules in lint["per-file-ignores"].items()
               if "TID253" in rules and pattern.startswith("pmdesk/")]
    files = {path for pattern in allowed
             for path in ROOT.glob(pattern + "/*.py" if pattern.endswith("**") else pattern)}
    assert len(files) > 40
    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
               for p in files}
    assert not modules & loaded
