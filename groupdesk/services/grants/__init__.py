"""The grants area: funders, grants sought and given, budgets, money in and out, reports."""
