"""The grants area's GUI: the Grants page, a grant's detail in tabs, and its dialogs."""
