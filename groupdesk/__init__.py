"""GroupDesk: offline-first records, reports and sync for small grassroots groups."""

from groupdesk._version import __version__

__all__ = ["__version__"]
