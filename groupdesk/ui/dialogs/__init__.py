"""Dialogs: each validates inline, beside the field, before anything is saved."""
