"""PDF reports (ReportLab platypus), one module per report, fed by service queries; no Qt.

ReportLab is imported inside the functions that lay a report out, so the CLI and the window
start without it (about 0.15 s).
"""
