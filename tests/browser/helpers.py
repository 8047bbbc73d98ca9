"""What the browser tests read off a page: where pages live, which honorees a page links to."""

from urllib.parse import urlsplit


def path_of(page):
    """The path of a Wagtail page on the live site (whatever port the server listens on)."""
    return urlsplit(page.url).path


def public_paths(exhibition):
    return {
        "home": path_of(exhibition.home),
        "honoree-list": path_of(exhibition.honoree_index),
        "honoree": path_of(exhibition.honorees["王芳"]),
    }


def honorees_linked(browser_page, exhibition, within="main"):
    """Names of the honorees whose pages are linked from the given part of the page."""
    hrefs = browser_page.locator(f"{within} a[href]").evaluate_all(
        "links => links.map(link => new URL(link.href).pathname)"
    )
    return {name for name, honoree in exhibition.honorees.items() if path_of(honoree) in hrefs}
