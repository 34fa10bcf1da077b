"""The meetings area's GUI: the Meetings page and the meeting editor."""
