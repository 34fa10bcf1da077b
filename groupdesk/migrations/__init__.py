"""Alembic migrations, shipped inside the package.

`SCHEMA_HEAD` names the newest revision so that opening an up-to-date database needs no Alembic
import; a test checks it against Alembic's own head, so it cannot fall behind.
"""

SCHEMA_HEAD = "0018_attendance_tallies"
