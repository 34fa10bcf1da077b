"""The Reports page: make any registered report, preview it inside the app, print or save it."""
