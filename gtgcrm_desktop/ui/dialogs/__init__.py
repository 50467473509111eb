"""Dialogs and wizards: first run, unlock, settings."""
