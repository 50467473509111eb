"""Data rights: consent ledger, data requests, erasure, export, retention, audit, telemetry gate."""
