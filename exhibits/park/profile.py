"""The park's part of a person's profile: the sculptures of them, and where they stand."""

from exhibits.park.models import ParkPage, SculpturePage


def sculptures_of(honoree):
    """The live, public sculptures in the park that depict this person."""
    sculptures = list(
        SculpturePage.objects.visible()
        .filter(depicted__honoree=honoree)
        .select_related("zone")
        .distinct()
    )
    context = {"park_sculptures": sculptures}
    if sculptures:
        context["park"] = ParkPage.objects.select_related("map_image").first()
    return context
