"""An admin panel for placing something on the park map by clicking, not by typing numbers."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from exhibits.core.renditions import MAP_EDITOR


class MapPositionPanel(Panel):
    """Edits two 0–1 fields (x, y) by clicking on the park's map image.

    Used for sculptures, and for anything else that stands in the park (kiosks).
    """

    def __init__(self, x_field="map_x", y_field="map_y", **kwargs):
        kwargs.setdefault("heading", _("在平面图上的位置"))
        super().__init__(**kwargs)
        self.x_field = x_field
        self.y_field = y_field

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(x_field=self.x_field, y_field=self.y_field)
        return kwargs

    def get_form_options(self):
        return {"fields": [self.x_field, self.y_field]}

    class BoundPanel(Panel.BoundPanel):
        template_name = "park/panels/map_position_panel.html"

        class Media:
            js = ["park/js/map-position.js"]
            css = {"all": ["park/css/map-position.css"]}

        def get_context_data(self, parent_context=None):
            from exhibits.park.models import ParkPage

            context = super().get_context_data(parent_context)
            park = ParkPage.objects.filter(map_image__isnull=False).first()
            context.update(
                x=self.form[self.panel.x_field],
                y=self.form[self.panel.y_field],
                map_url=park.map_image.get_rendition(MAP_EDITOR).url if park else None,
            )
            return context

        def is_required(self):
            return False
