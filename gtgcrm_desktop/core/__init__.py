"""Domain types, validation and text handling; no Qt, no database."""
