"""URLs of the short links and QR codes."""

from django.urls import path

from exhibits.links import views

urlpatterns = [
    path("p/<int:page_id>/", views.short_link, name="short-link"),
    path("qr/<int:page_id>.svg", views.qr_svg, name="qr-svg"),
    path("qr/<int:page_id>.png", views.qr_png, name="qr-png"),
]
