"""URLs of the kiosk screens: /kiosk/<slug>/ and what the screen fetches."""

from django.urls import path

from exhibits.kiosks import views

urlpatterns = [
    path("<slug:slug>/", views.shell, name="kiosk"),
    path("<slug:slug>/content.json", views.content, name="kiosk-content"),
    path("<slug:slug>/version.json", views.version, name="kiosk-version"),
    path("<slug:slug>/sw.js", views.service_worker, name="kiosk-worker"),
    path("<slug:slug>/heartbeat/", views.heartbeat, name="kiosk-heartbeat"),
]
