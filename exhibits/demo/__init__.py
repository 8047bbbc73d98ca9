"""Demo content: the seed_demo command and the pictures it draws."""
