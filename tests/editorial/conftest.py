"""Fixtures for the editorial calendar: the campaigns' ones, a reviewer, an enterprise editor."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from tests.campaigns.conftest import (  # noqa: F401  (the campaigns' fixtures, shared)
    campaign_index,
    clock,
    make_campaign,
    story_index,
)


@pytest.fixture
def reviewer(db):
    user = get_user_model().objects.create_user("shenhe", "s@union.example", "x")
    user.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
    return user


@pytest.fixture
def enterprise_editor(enterprise_index):
    return onboard_enterprise("精工机械", "jinggong", "qiye01", "q1@example.com").user
