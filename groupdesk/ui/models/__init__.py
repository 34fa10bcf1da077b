"""Qt table models, one per list, each fed by a service query."""
