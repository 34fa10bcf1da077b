"""Items in name order: by each name's stored fold (`ResourceItem.name_key`, case and accents
folded as `collation.search_key` does), then the exact name and the id, so the order never
wavers.

SQLite's `lower()` folds only ASCII, so "Échelle" and "Ölkanne" came after "Zelt"; the names
were then folded and sorted in Python on every read (30,000 at 100,000 members). The fold is
now kept with each item (migration 0017, a derived field), and SQLite sorts by it.
"""

from __future__ import annotations

from groupdesk.models.resources import ResourceItem
from groupdesk.services.resources.clashes import unindexed

#: The order, as an index on it (`ix_resource_items_by_name`) holds it: the first rows of a long
#: list come straight from the index (`records.first_items`).
NAME_ORDER = (ResourceItem.name_key, ResourceItem.name, ResourceItem.id)
#: The same, for whole lists: SQLite sorts the rows once read rather than walking the index,
#: whose lookup of each row cost more than the sort (185 against 146 ms for 30,000 items).
SORTED_BY_NAME = (unindexed(ResourceItem.name_key.expression), *NAME_ORDER[1:])
