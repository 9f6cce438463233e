"""Refresh the translation catalogue after changing visible strings.

    python packaging/update_translations.py

runs `pyside6-lupdate` over every module of pmdesk (new strings appear in
resources/i18n/pmdesk_en.ts as unfinished, vanished ones are dropped), then `pyside6-lrelease`
to build the .qm the app loads. Translate the unfinished entries (Qt Linguist, or any editor),
then run it again. tests/test_i18n.py fails while the catalogue is stale or incomplete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "pmdesk").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-source-language", "zh_CN",
                    "-target-language", ts.stem.split("_", 1)[1], "-no-obsolete",
                    "-locations", "none", "-ts", str(ts)], cwd=REPO, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=REPO, check=True)


def main() -> None:
    for language in LANGUAGES:
        ts = I18N / f"pmdesk_{language}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    main()
