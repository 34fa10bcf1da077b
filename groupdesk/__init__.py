"""GroupDesk: offline-first records, reports and sync for small grassroots groups."""

__version__ = "0.1.0"
