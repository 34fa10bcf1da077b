"""`python -m groupdesk` runs the same command line as the `groupdesk` script."""

from groupdesk.cli import main

raise SystemExit(main())
