"""The encrypted store: SQLCipher database, key slots, migrations, repositories, change log."""

from gtgcrm_desktop.store.keys import Secrets
from gtgcrm_desktop.store.workspace import Workspace

__all__ = ["Secrets", "Workspace"]
