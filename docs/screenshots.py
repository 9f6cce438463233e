"""Regenerate the screenshots in docs/images/ from the real application.

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots.py

Needs a display (Xvfb is fine; Debian: xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1) and a
CJK font (fonts-noto-cjk). Each language runs in its own process on a fresh demo database.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

IMAGES = Path(__file__).resolve().parent / "images"


def shoot(language: str, db_path: Path) -> None:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    import pmdesk.ui.app as app_module
    from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog

    app = app_module.create_app([sys.argv[0]])
    window = app_module.start(db_path, language)
    window.resize(1100, 680)
    window.move(40, 40)
    suffix = "zh" if language == "zh_CN" else "en"

    def grab(widget, name: str, margin: int = 0) -> None:
        geometry = widget.frameGeometry().adjusted(-margin, -margin, margin, margin)
        shot = QApplication.primaryScreen().grabWindow(0, geometry.x(), geometry.y(),
                                                       geometry.width(), geometry.height())
        shot.save(str(IMAGES / f"{name}-{suffix}.png"))

    def main_window() -> None:
        grab(window, "main-window")
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.popup(window.mapToGlobal(QPoint(8, window.menuBar().height())))
        QTimer.singleShot(400, with_menu)

    def with_menu() -> None:
        grab(window, "file-menu")
        window.menuBar().actions()[0].menu().close()
        dialog = OfficeProfileDialog(window)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 120)
        QTimer.singleShot(400, lambda: (grab(dialog, "office-profile"), app.quit()))

    QTimer.singleShot(600, main_window)
    app.exec()


def main() -> None:
    if len(sys.argv) == 3:
        shoot(sys.argv[1], Path(sys.argv[2]))
        return
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "demo.db"
        subprocess.run([sys.executable, "-m", "pmdesk", "--db", str(db_path), "demo",
                        "--households", "2000"], check=True, stdout=subprocess.DEVNULL)
        env_dirs = {"XDG_CONFIG_HOME": scratch, "XDG_STATE_HOME": scratch}
        for language in ("zh_CN", "en"):
            subprocess.run([sys.executable, __file__, language, str(db_path)], check=True,
                           env={**__import__("os").environ, **env_dirs})


if __name__ == "__main__":
    main()
