"""Where things live: bundled resources (source tree or frozen build) and the station database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "akimdesk"


def resources_dir() -> Path:
    """The resources folder, beside the package in a checkout or inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_database_path() -> Path:
    """The station database in the user's data folder."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "akimdesk.db"


def database_path(given: str | None) -> Path:
    """The database to use: --db, else AKIMDESK_DB, else the default."""
    if given:
        return Path(given)
    from_env = os.environ.get("AKIMDESK_DB")
    return Path(from_env) if from_env else default_database_path()
