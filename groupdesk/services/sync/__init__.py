"""Sync engine: clock, change capture, and (later) file format, crypto, merge and transport."""
