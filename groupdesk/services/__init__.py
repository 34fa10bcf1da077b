"""Business rules over a unit of work; no Qt here (the GUI and the CLI both call these)."""
