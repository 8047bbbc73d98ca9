"""Management commands of exhibits.core."""
