"""What other areas add to a person's profile page.

People sit below the areas that show them (the park, enterprises), so an area that has
something to say on a profile registers a function here from its AppConfig.ready();
the profile calls each with the page and merges what it returns into the context.
"""

_sections = []


def add_section(provider):
    """Register provider(page) -> dict of template context for the profile."""
    if provider not in _sections:
        _sections.append(provider)
    return provider


def section_context(page):
    context = {}
    for provider in _sections:
        context.update(provider(page))
    return context
