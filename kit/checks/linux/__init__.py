"""Linux checks."""
