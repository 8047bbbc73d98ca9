"""Project configuration, installed as the package `siteconfig` (see pyproject.toml)."""
