"""导入名单 in the admin: the template, the upload, the preview with every problem (and the
error report to fix them in Excel), the confirmation, and the import's progress."""

from urllib.parse import quote

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from exhibits.core.dashboard import is_reviewer
from exhibits.honorees.listing import HonoreeListing
from exhibits.honorees.models import HonoreeIndexPage
from exhibits.rolls.export import export
from exhibits.rolls.models import RollImport
from exhibits.rolls.photos import read_photos
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import RollFileError, read_roll
from exhibits.rolls.tasks import current_progress, import_roll
from exhibits.rolls.workbooks import error_report, template_workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHOWN_PEOPLE = 200  # the preview lists this many of each kind, then counts the rest


def can_import(user):
    """Whoever may add people to the honoree index (the union's editors and reviewers)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    index = HonoreeIndexPage.objects.first()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def _download(data, filename, content_type=XLSX):
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


class UploadForm(forms.Form):
    roll = forms.FileField(
        label=_("名单文件"),
        help_text=_("Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK 编码）"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )
    photos = forms.FileField(
        label=_("照片包（可不传）"),
        required=False,
        help_text=_(
            "zip 文件，照片按编号、姓名或“姓名-工作单位”命名，如 王芳.jpg；JPG、PNG 或 WebP"
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip"}),
    )
    publish = forms.BooleanField(
        label=_("审核通过，直接发布"),
        required=False,
        help_text=_("不勾选时，新建和修改的人物作为草稿提交工会审核"),
    )

    def __init__(self, *args, reviewer=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not reviewer:
            del self.fields["publish"]

    def clean_roll(self):
        upload = self.cleaned_data["roll"]
        if upload.size > settings.ROLL_MAX_BYTES:
            raise forms.ValidationError(
                _("文件太大，上限为 %(mb)s MB；请把名单分成几个文件导入。")
                % {"mb": settings.ROLL_MAX_BYTES // 1_048_576}
            )
        data = upload.read()
        try:
            self.sheet = read_roll(data, upload.name)
        except RollFileError as error:
            raise forms.ValidationError(str(error)) from error
        self.data_bytes = data
        return upload

    def clean_photos(self):
        upload = self.cleaned_data.get("photos")
        self.photo_bytes = None
        if upload:
            data = upload.read()
            try:
                read_photos(data)
            except RollFileError as error:
                raise forms.ValidationError(str(error)) from error
            self.photo_bytes = data
        return upload


class RollAdminView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "doc-full-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("rolls_upload"), "label": _("导入名单")},
            {"url": "", "label": self.get_page_title()},
        ]


class UploadView(RollAdminView):
    template_name = "rolls/admin/upload.html"
    page_title = _("导入名单")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        reviewer = is_reviewer(self.request.user)
        context["form"] = form or UploadForm(reviewer=reviewer)
        context["recent"] = _visible_jobs(self.request.user)[:10]
        context["export_form"] = HonoreeListing(QueryDict(), include_unpublished=True).form
        return context

    def post(self, request):
        form = UploadForm(request.POST, request.FILES, reviewer=is_reviewer(request.user))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        job = RollImport.objects.create(
            filename=form.cleaned_data["roll"].name,
            data=form.data_bytes,
            photos=form.photo_bytes,
            uploaded_by=request.user,
            publish=form.cleaned_data.get("publish", False),
        )
        return redirect("rolls_preview", job.pk)


class PreviewView(RollAdminView):
    template_name = "rolls/admin/preview.html"
    page_title = _("导入预览")

    def get_page_title(self):
        return (
            _("导入预览") if self.get_job().status == RollImport.Status.PREVIEWED else _("导入结果")
        )

    def get_job(self):
        if not hasattr(self, "_job"):
            job = get_object_or_404(RollImport, pk=self.kwargs["pk"])
            if job.uploaded_by_id != self.request.user.pk and not is_reviewer(self.request.user):
                raise PermissionDenied
            self._job = job
        return self._job

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.get_job()
        context["job"] = job
        if job.status == RollImport.Status.PREVIEWED:
            plan = job.plan()
            context["plan"] = plan
            context["groups"] = [
                (label, people[:SHOWN_PEOPLE], len(people), max(len(people) - SHOWN_PEOPLE, 0))
                for label, people in (
                    (_("新建"), plan.of("create")),
                    (_("更新"), plan.of("update")),
                    (_("不变"), plan.of("unchanged")),
                )
            ]
        else:
            context["done"], context["total"] = current_progress(job)
            context["index"] = HonoreeIndexPage.objects.first()
        context["working"] = job.status in (RollImport.Status.QUEUED, RollImport.Status.RUNNING)
        return context

    def post(self, request, pk):
        job = self.get_job()
        plan = job.plan()
        if job.status == RollImport.Status.PREVIEWED and plan.ok:
            job.status = RollImport.Status.QUEUED
            job.save(update_fields=["status"])
            import_roll.enqueue(job.pk)
            messages.success(request, _("已开始导入“%(name)s”。") % {"name": job.filename})
        return redirect("rolls_preview", job.pk)


def report_view(request, pk):
    """The uploaded rows with a 错误 column."""
    if not can_import(request.user):
        raise PermissionDenied
    job = get_object_or_404(RollImport, pk=pk)
    if job.uploaded_by_id != request.user.pk and not is_reviewer(request.user):
        raise PermissionDenied
    sheet, photos = job.read()
    plan = make_plan(sheet, photos)
    name = job.filename.rsplit(".", 1)[0]
    return _download(error_report(sheet.rows, plan.problems_by_row()), f"{name}-错误.xlsx")


def export_view(request):
    """The honorees (drafts too) in the roll's columns, filtered with /honorees/' facets."""
    if not can_import(request.user):
        raise PermissionDenied
    file_format = "csv" if request.GET.get("format") == "csv" else "xlsx"
    listing = HonoreeListing(request.GET, include_unpublished=True)
    content_type = "text/csv; charset=utf-8" if file_format == "csv" else XLSX
    return _download(
        export(listing.queryset, file_format), f"先进人物名单.{file_format}", content_type
    )


def template_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    return _download(template_workbook(), "先进人物名单模板.xlsx")


def _visible_jobs(user):
    jobs = RollImport.objects.defer("data").select_related("uploaded_by")
    return jobs if is_reviewer(user) else jobs.filter(uploaded_by=user)
