"""Honoree profiles: honour titles, honours and the honoree pages."""
