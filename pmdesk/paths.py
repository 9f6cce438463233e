"""Where pmdesk finds its resources and keeps its files.

Resources ship inside the installed package as `pmdesk.resources` (the top-level `resources/`
folder of the source tree); a PyInstaller build unpacks them under `sys._MEIPASS`.
User files follow the platform's conventions through platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pmdesk.core.safety import server

APP_NAME = "pmdesk"
APP_AUTHOR = "pmdesk"
DB_ENV = "PMDESK_DB"


def resource(*parts: str) -> Path:
    """The path of a bundled resource file, e.g. `resource("i18n", "pmdesk_en.qm")`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        base = Path(frozen) / "pmdesk" / "resources"
    else:
        from importlib import resources as importlib_resources

        try:
            base = Path(str(importlib_resources.files("pmdesk.resources")))
        except ModuleNotFoundError:  # a source tree used without installing
            base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path | str:
    """`$PMDESK_DB` if set (a file, or a server's URL: never taken for a file name), else
    `office.db` in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env and server.is_server(env):
        return env
    return Path(env) if env else office_file()


def office_file() -> Path:
    """This PC's own office database (the one-PC office's, 单机版)."""
    return data_dir() / "office.db"
