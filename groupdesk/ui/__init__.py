"""All Qt code: the main window, pages, dialogs, table models and the background-op helper."""
