"""Where shop files live, for the UI and the CLI (which do not reach into the store).

The store keeps the definitions (its connection code needs them before the ORM loads);
this module is the public name for them.
"""

from __future__ import annotations

from arapp.core.store.connection import APP_NAME, DB_FILENAME, default_db_path, sample_db_path

__all__ = ["APP_NAME", "DB_FILENAME", "default_db_path", "sample_db_path"]
