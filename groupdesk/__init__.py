"""GroupDesk: offline-first records, reports and sync for small grassroots groups."""

from importlib.metadata import PackageNotFoundError, version

try:
    # pyproject.toml is the one place the version is written; the packaged app carries the
    # package's metadata (packaging/groupdesk.spec), so it reads the same.
    __version__ = version("groupdesk")
except PackageNotFoundError:  # a source tree on sys.path that was never installed
    __version__ = "0+unknown"
