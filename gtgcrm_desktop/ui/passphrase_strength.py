"""The passphrase strength estimate, for the hint shown while a passphrase is typed (see core)."""

from gtgcrm_desktop.core.passphrase_strength import (
    KEYBOARD_ROWS,
    MIN_LENGTH,
    Strength,
    effective_length,
    estimate_bits,
    is_weak,
    strength,
)

__all__ = [
    "KEYBOARD_ROWS",
    "MIN_LENGTH",
    "Strength",
    "effective_length",
    "estimate_bits",
    "is_weak",
    "strength",
]
