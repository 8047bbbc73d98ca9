"""App configuration for exhibits.stories."""

from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "exhibits.stories"
    label = "stories"
    verbose_name = "报道"

    def ready(self):
        from exhibits.core import content_version, review
        from exhibits.honorees import profile
        from exhibits.stories.models import StoryIndexPage, StoryKind
        from exhibits.stories.profile import stories_about

        content_version.follow(StoryKind)
        profile.add_section(stories_about)
        review.register_section(StoryIndexPage)
