"""A spot on the park map, shared by everything that stands in the park (sculptures, kiosks)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class MapPosition(models.Model):
    """map_x and map_y, edited with MapPositionPanel.

    Relative to the map image (0–1 on each axis), so a new map of another size keeps them.
    """

    map_x = models.FloatField(
        _("平面图横向位置"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    map_y = models.FloatField(
        _("平面图纵向位置"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )

    class Meta:
        abstract = True

    @property
    def has_position(self):
        return self.map_x is not None and self.map_y is not None

    def clean(self):
        super().clean()
        if (self.map_x is None) != (self.map_y is None):
            raise ValidationError({"map_x": _("请在平面图上点选位置，或清除位置。")})
