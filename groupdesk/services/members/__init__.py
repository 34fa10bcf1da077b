"""The members area: people and their care (roles, skills, mentoring, check-ins), import and
export, duplicates, merge and erasure."""
