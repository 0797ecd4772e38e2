"""`make bench`: build time, data validation time, scaling and page weight against budgets."""
