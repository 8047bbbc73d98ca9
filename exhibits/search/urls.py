"""URLs of the public search: the results page and the search box's suggestions."""

from django.urls import path

from exhibits.search import views

urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", views.suggest, name="search-suggest"),
]
