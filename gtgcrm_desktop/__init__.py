"""GTG CRM Desktop: an offline-first, encrypted, Arabic-first desktop CRM."""

__version__ = "0.1.0"
