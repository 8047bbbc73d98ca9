"""Settings modules: base plus dev, test and production overlays."""
