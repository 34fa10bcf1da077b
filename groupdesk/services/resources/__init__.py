"""The resources area: the group's library of things, loans, reservations, clashes and upkeep."""
