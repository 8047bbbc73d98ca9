"""Writing a plan: all of it in one transaction, or nothing.

New people become profiles under the honoree index (工作单位 links the enterprise when it
has a section); changed people get a new revision built on their latest one, so an editor's
unpublished draft is kept. Each is submitted to the union's review workflow, unless the
import publishes (reviewers only).
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.text import slugify
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from wagtail.admin import signal_handlers as admin_signals
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex, TaskState, WorkflowState
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import task_submitted, workflow_submitted

from exhibits.core.pinyin import name_pinyin
from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, Honour
from exhibits.rolls.plan import Plan


class PlanNotValid(Exception):
    """A plan with problems is never written."""


@dataclass(frozen=True)
class Outcome:
    created: int
    updated: int
    unchanged: int
    published: bool


def apply_plan(plan: Plan, *, user=None, publish=False, progress=None):
    """Write the plan; `progress(done, total)` is called after each person."""
    if not plan.ok:
        raise PlanNotValid(f"名单有 {len(plan.problems)} 处问题，没有导入任何内容。")
    work = [person for person in plan.people if person.action != "unchanged"]
    index = HonoreeIndexPage.objects.first()
    if index is None and plan.of("create"):
        raise PlanNotValid("网站上还没有“先进人物”栏目，无法新建人物。")
    slugs = (
        set(HonoreePage.objects.child_of(index).values_list("slug", flat=True)) if index else set()
    )
    written = []
    with deferred_indexing(), no_submission_emails(), transaction.atomic():
        for done, person in enumerate(work, start=1):
            if person.page is None:
                written.append(_create(person, index, slugs, user, publish))
            else:
                written.append(_update(person, user, publish))
            if progress:
                progress(done, len(work))
    reindex(written)
    return Outcome(
        created=len(plan.of("create")),
        updated=len(plan.of("update")),
        unchanged=len(plan.of("unchanged")),
        published=publish,
    )


def _create(person, index, slugs, user, publish):
    page = HonoreePage(title=person.name, slug=_free_slug(person.name, slugs), live=False)
    for attribute, value in person.values.items():
        setattr(page, attribute, value)
    if person.photo:
        page.portrait, page.portrait_alt = _portrait(person.photo, person.name)
    page.honours = [
        Honour(title=title, year=year, sort_order=n)
        for n, (title, year) in enumerate(person.honours)
    ]
    index.add_child(instance=page)
    _save(page, user, publish)
    return page.pk


def _update(person, user, publish):
    page = person.page.get_latest_revision_as_object()
    for attribute, (_old, new) in person.changes.items():
        if attribute == "portrait":
            page.portrait, page.portrait_alt = _portrait(new, person.name)
        else:
            setattr(page, attribute, new)
    held = list(page.honours.all())
    page.honours = held + [
        Honour(title=title, year=year, sort_order=len(held) + n)
        for n, (title, year) in enumerate(person.new_honours)
    ]
    _save(page, user, publish)
    return page.pk


def _portrait(photo, name):
    """(the image in the library, its alternative text) for a photo of the zip."""
    image = get_image_model()(
        title=f"{name}的照片", file=ContentFile(photo.data, name=photo.filename)
    )
    image._set_image_file_metadata()
    image.save()
    return image, f"{name}的照片"


def _save(page, user, publish):
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        return
    workflow = page.get_workflow()
    if workflow is not None and workflow.active and not page.workflow_in_progress:
        workflow.start(page, user)


def _free_slug(name, taken):
    base = slugify(name_pinyin(name)) or "renwu"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


@contextmanager
def deferred_indexing():
    """No search-index or reference-index write per saved object: Wagtail's own issues
    report imports of thousands of pages taking many minutes that way, and here it was half
    the time of an import. reindex() then indexes the people once. The search signals are
    process-wide: fine in the worker and the command, which do nothing else meanwhile."""
    models = list(search_index.get_indexed_models())
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
        post_delete.disconnect(search_signals.post_delete_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        search_signals.register_signal_handlers()


def reindex(page_ids):
    """The search index and the reference index of these people, in bulk."""
    for start in range(0, len(page_ids), 500):
        pages = list(HonoreePage.objects.filter(pk__in=page_ids[start : start + 500]))
        for backend in get_search_backends():
            backend.add_bulk(HonoreePage, pages)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)


@contextmanager
def no_submission_emails():
    """Not one e-mail to every reviewer per imported person (thousands for a yearly roll):
    the import's drafts wait on the reviewers' dashboard, and its outcome names them all."""
    # Wagtail connects them with these dispatch_uids (wagtail/admin/signal_handlers.py).
    task_submitted.disconnect(
        sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
    )
    workflow_submitted.disconnect(
        sender=WorkflowState, dispatch_uid="workflow_state_submitted_email_notification"
    )
    try:
        yield
    finally:
        admin_signals.register_signal_handlers()
