"""Factories for kiosk displays: a published kiosk, ready to send heartbeats."""

import factory

from exhibits.kiosks.models import KioskDisplay


class KioskDisplayFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"展台{n}号")
    slug = factory.Sequence(lambda n: f"kiosk-{n}")
    orientation = KioskDisplay.Orientation.PORTRAIT
    live = True

    class Meta:
        model = KioskDisplay
