"""Fixtures for stories: the story index, and a helper linking stories to people."""

import pytest

from tests.stories.factories import StoryHonoreeFactory, StoryIndexPageFactory


@pytest.fixture
def story_index(home):
    return StoryIndexPageFactory(parent=home)


@pytest.fixture
def link():
    """link(story, *people): name the people a (published) story is about, in order."""

    def add(story, *people):
        for position, person in enumerate(people):
            StoryHonoreeFactory(page=story, honoree=person, sort_order=position)
        story.save_revision().publish()
        return story

    return add
