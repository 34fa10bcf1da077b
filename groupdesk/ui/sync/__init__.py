"""The Sync page with its set-up dialog and table models."""
