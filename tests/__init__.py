"""Tests: they mirror exhibits/, one folder per app."""
