"""Plain helpers shared by test modules (importable: tests/conftest.py puts tests/ on the path)."""
