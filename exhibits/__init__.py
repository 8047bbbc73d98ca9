"""The domain of the 劳模风采 site: one Django app per area."""
