"""Template tags of the honorees app."""
