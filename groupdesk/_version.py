"""The one place GroupDesk's version is written: pyproject.toml reads it from here for the
package's metadata (`[tool.setuptools.dynamic]`), which the installers read; the app reads it
here, not through importlib.metadata, whose import was a quarter of `groupdesk --version`."""

__version__ = "0.1.0"
