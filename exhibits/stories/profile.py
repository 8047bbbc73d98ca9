"""The stories' part of a person's profile: 相关报道, their live stories, newest first."""

from exhibits.stories.models import StoryPage

RELATED_STORIES = 6


def stories_about(honoree):
    stories = StoryPage.objects.visible().about(honoree).newest_first().for_cards()
    return {"related_stories": list(stories[:RELATED_STORIES])}
