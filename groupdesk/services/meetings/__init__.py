"""The meetings area: series and occurrences, agendas, attendance, minutes, calendar files."""
