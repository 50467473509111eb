"""Sync with the GTG cloud workspace (client, engine, conflicts) and the CardDAV connector."""
