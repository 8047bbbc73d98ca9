"""What Wagtail's scheduled publishing is due to do: go-lives and expiries, by date.

Wagtail keeps a scheduled go-live as a revision's `approved_go_live_at` and a scheduled
expiry as `expire_at` (on the live object, or in the scheduled revision's content), and
only `manage.py publish_scheduled` acts on them. When nothing runs that command, nothing
happens and nothing says so: `overdue()` is what the dashboard warns about.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.utils import dateparse, timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import DraftStateMixin, Page, Revision

GO_LIVE = "go_live"
EXPIRE = "expire"

# publish_scheduled runs every minute; an item this late means it has stopped running.
OVERDUE_AFTER = datetime.timedelta(minutes=5)


@dataclass
class Due:
    action: str  # GO_LIVE or EXPIRE
    at: datetime.datetime
    title: str
    kind: str  # the page type or snippet model, in Chinese
    obj: object  # the page or snippet, None when it was deleted
    edit_url: str | None = None

    @property
    def action_label(self):
        return "上线" if self.action == GO_LIVE else "下线"

    @property
    def local_date(self):
        return timezone.localdate(self.at)


def scheduled_models():
    """Page and every snippet model with draft state: what publish_scheduled looks at."""
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def _expiry_in(revision):
    value = revision.content.get("expire_at")
    return dateparse.parse_datetime(value) if value else None


def due_between(start=None, end=None, user=None):
    """Everything scheduled to go live or expire in [start, end), earliest first."""
    finder = AdminURLFinder(user)
    rows = []
    scheduled = Revision.objects.exclude(approved_go_live_at=None).select_related("content_type")
    for revision in scheduled:
        obj = revision.content_object
        kind = revision.content_type.model_class()
        rows.append(_due(GO_LIVE, revision.approved_go_live_at, revision.object_str, obj, kind))
        # Scheduled to go live and to expire: until it goes live the expiry waits in the revision.
        expiry = _expiry_in(revision)
        if expiry is not None:
            rows.append(_due(EXPIRE, expiry, revision.object_str, obj, kind))
    for model in scheduled_models():
        objects = model.objects.filter(live=True).exclude(expire_at=None)
        if start is not None:
            objects = objects.filter(expire_at__gte=start)
        if end is not None:
            objects = objects.filter(expire_at__lt=end)
        if model is Page:
            objects = objects.specific()
        for obj in objects:
            rows.append(_due(EXPIRE, obj.expire_at, str(obj), obj, type(obj)))
    seen, kept = set(), []
    for row in sorted(rows, key=lambda row: row.at):
        key = (row.action, row.at, row.kind, row.title)
        in_range = (start is None or row.at >= start) and (end is None or row.at < end)
        if in_range and key not in seen:
            seen.add(key)
            row.edit_url = finder.get_edit_url(row.obj) if row.obj is not None else None
            kept.append(row)
    return kept


def _due(action, at, title, obj, kind):
    if isinstance(obj, Page):
        obj = obj.specific_deferred
        kind = obj.specific_class or kind
    return Due(
        action=action,
        at=at,
        title=title,
        kind=str(kind._meta.verbose_name) if kind is not None else "",
        obj=obj,
    )


def overdue(now=None, user=None):
    """What publish_scheduled should have done more than OVERDUE_AFTER ago and has not."""
    now = now or timezone.now()
    return due_between(end=now - OVERDUE_AFTER, user=user)
