"""Use cases: the verbs a paralegal performs, as plain functions over a unit of work."""
