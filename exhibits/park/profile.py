"""The park's part of a person's profile: the sculptures of them, and where they stand."""

from exhibits.core.pinyin import by_pinyin
from exhibits.park.models import ParkPage, SculpturePage


def sculptures_of(honoree):
    """The live, public sculptures in the park that depict this person."""
    sculptures = by_pinyin(
        SculpturePage.objects.visible()
        .filter(depicted__honoree=honoree)
        .select_related("zone")
        .distinct(),
        name=lambda sculpture: sculpture.title,
    )
    context = {"park_sculptures": sculptures}
    if sculptures:
        context["park"] = ParkPage.objects.select_related("map_image").first()
    return context
