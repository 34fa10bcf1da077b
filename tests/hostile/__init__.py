"""Builders of hostile files (sync folders, backups): what an attacker or a damaged disk hands
the app, made in the test so every format is tested the same way."""
