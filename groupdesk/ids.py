"""Record ids made on this device: text UUIDv7 (time-ordered), or UUIDv5 for pair facts.

Pair facts (a member's attendance at a meeting, a member holding a skill) get an id derived
from the pair, so two laptops that record the same fact offline make the same row (SYNC.md).
"""

from __future__ import annotations

import uuid

import uuid6

PAIR_NAMESPACE = uuid.UUID("6f1d1c55-3b0e-4a8e-9c55-8a4f3f0d2b71")


def new_id() -> str:
    return str(uuid6.uuid7())


def pair_id(kind: str, *parts: str) -> str:
    """A deterministic id for the fact `kind` about `parts` (order matters)."""
    return str(uuid.uuid5(PAIR_NAMESPACE, "\x1f".join((kind, *parts))))
