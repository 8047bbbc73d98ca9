"""Template tags of exhibits.links."""
