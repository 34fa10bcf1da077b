"""GroupDesk: offline-first records, reports and sync for small grassroots groups."""


def __getattr__(name: str) -> str:
    """`__version__`, read from the package metadata when first asked for: importing
    importlib.metadata takes ~30 ms, more than a quick command such as `check` does."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        # pyproject.toml is the one place the version is written; the packaged app carries the
        # package's metadata (packaging/groupdesk.spec), so it reads the same.
        found = version("groupdesk")
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
