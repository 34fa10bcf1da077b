"""The Resources page: items, their loans and reservations, the dialogs that lend, return,
reserve and extend, and the week view."""
