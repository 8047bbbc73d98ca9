"""Enterprises: their sections of the site and their stars."""
