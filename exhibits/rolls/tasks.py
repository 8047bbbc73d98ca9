"""The import as a background task (django-tasks, the database queue "rolls"), so that an
upload never waits on a web request's time limit.

The import writes in one transaction, which other connections cannot see into until it
commits, so its progress goes through the cache (shared by every process in production:
Redis); the row records the start, the number of people and the outcome.
"""

from django.core.cache import cache
from django_tasks import task

from exhibits.rolls.apply import apply_plan
from exhibits.rolls.models import RollImport
from exhibits.rolls.reading import RollFileError

PROGRESS_SECONDS = 3600


def progress_key(job_id):
    return f"roll-import-progress:{job_id}"


def current_progress(job):
    """(done, total) of a running import, as far as this process can see."""
    return cache.get(progress_key(job.pk), (job.done, job.total))


@task(backend="rolls")
def import_roll(job_id):
    job = RollImport.objects.get(pk=job_id)
    job.status = RollImport.Status.RUNNING
    job.save(update_fields=["status"])
    try:
        plan = job.plan()
    except RollFileError as error:
        return _finish(job, RollImport.Status.FAILED, str(error))
    if not plan.ok:
        problems = "\n".join(str(problem) for problem in plan.problems)
        message = f"名单有 {len(plan.problems)} 处问题，没有导入任何内容：\n{problems}"
        return _finish(job, RollImport.Status.FAILED, message)
    job.total = len(plan.of("create")) + len(plan.of("update"))
    job.save(update_fields=["total"])

    def progress(done, total):
        cache.set(progress_key(job.pk), (done, total), PROGRESS_SECONDS)

    try:
        outcome = apply_plan(plan, user=job.uploaded_by, publish=job.publish, progress=progress)
    except Exception:
        # The transaction rolled back: say so, and leave the traceback to the worker's log.
        _finish(
            job, RollImport.Status.FAILED, "导入时出现意外错误，没有导入任何内容；请联系技术人员。"
        )
        raise
    job.done = job.total
    then = "已发布" if outcome.published else "已提交工会审核"
    message = (
        f"新建 {outcome.created} 人，更新 {outcome.updated} 人，"
        f"不变 {outcome.unchanged} 人；{then}。"
    )
    return _finish(job, RollImport.Status.DONE, message)


def _finish(job, status, message):
    job.status, job.message = status, message
    job.save(update_fields=["status", "message", "done"])
    cache.delete(progress_key(job.pk))
    return message
