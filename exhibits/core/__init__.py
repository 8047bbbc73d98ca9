"""Home page, the shared BasePage, story blocks, places, industries and pinyin helpers."""
