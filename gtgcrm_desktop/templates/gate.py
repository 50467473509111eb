"""The marketing gate: a marketing template never renders for a contact who objected."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gtgcrm_desktop.store.workspace import Workspace

PRIVACY_MODULE = "gtgcrm_desktop.privacy.marketing"
NO_PRIVACY_MODULE = QT_TRANSLATE_NOOP(
    "privacy", "the consent records cannot be read, so marketing is held back"
)

#: The consent channel each template kind is sent through.
CHANNELS = {"email": "email", "landing_page": "email"}


def marketing_allowed(workspace: Workspace, contact_id: str, channel: str) -> tuple[bool, str]:
    """Whether `contact_id` may receive marketing on `channel`, and why not.

    Asks `privacy.marketing.is_marketing_allowed`, imported lazily (privacy sits beside this
    package); without it the answer is no: failing closed is the safe side.
    """
    try:
        module = importlib.import_module(PRIVACY_MODULE)
    except ImportError:
        return False, NO_PRIVACY_MODULE
    allowed, reason = module.is_marketing_allowed(workspace, contact_id, channel)
    return bool(allowed), str(reason)
