"""Writing a plan: all of it in one transaction, or nothing.

New people become profiles under the honoree index (工作单位 links the enterprise when it
has a section); changed people get a new revision built on their latest one, so an editor's
unpublished draft is kept. Each is submitted to the union's review workflow, unless the
import publishes (reviewers only).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

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
    with transaction.atomic():
        for done, person in enumerate(work, start=1):
            if person.page is None:
                _create(person, index, slugs, user, publish)
            else:
                _update(person, user, publish)
            if progress:
                progress(done, len(work))
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
    page.honours = [
        Honour(title=title, year=year, sort_order=n)
        for n, (title, year) in enumerate(person.honours)
    ]
    index.add_child(instance=page)
    _save(page, user, publish)


def _update(person, user, publish):
    page = person.page.get_latest_revision_as_object()
    for attribute, (_old, new) in person.changes.items():
        setattr(page, attribute, new)
    held = list(page.honours.all())
    page.honours = held + [
        Honour(title=title, year=year, sort_order=len(held) + n)
        for n, (title, year) in enumerate(person.new_honours)
    ]
    _save(page, user, publish)


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
