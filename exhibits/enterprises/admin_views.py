"""Admin pages for union administrators: onboard an enterprise, add or disable its editors."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.core.models import County, Industry
from exhibits.core.pinyin import by_pinyin
from exhibits.enterprises import onboarding
from exhibits.enterprises.models import EnterprisePage

# Onboarding creates accounts and groups, so it is for those who may manage users.
REQUIRED_PERMISSIONS = ("auth.add_user", "auth.change_user", "auth.add_group")


def require_user_managers(request):
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied


class OnboardingForm(forms.Form):
    name = forms.CharField(label=_("企业名称"), max_length=255)
    slug = forms.SlugField(label=_("网址名（英文）"), help_text=_("例如 pingmei-tianan"))
    county = forms.ModelChoiceField(
        label=_("县（市、区）"),
        queryset=County.objects.all(),
        required=False,
        empty_label=_("不指定"),
    )
    industry = forms.ModelChoiceField(
        label=_("行业"), queryset=Industry.objects.all(), required=False, empty_label=_("不指定")
    )
    editor_username = forms.CharField(label=_("联络员用户名"), max_length=150)
    editor_email = forms.EmailField(label=_("联络员邮箱"))


class EditorForm(forms.Form):
    username = forms.CharField(label=_("用户名"), max_length=150)
    email = forms.EmailField(label=_("邮箱"))


def onboard(request):
    require_user_managers(request)
    form = OnboardingForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = onboarding.onboard_enterprise(
                data["name"],
                data["slug"],
                data["editor_username"],
                data["editor_email"],
                county=data["county"].name if data["county"] else None,
                industry=data["industry"].name if data["industry"] else None,
            )
        except onboarding.OnboardingError as error:
            form.add_error(None, str(error))
        else:
            if result.created:
                messages.success(request, _("已为“%s”开通企业栏目。") % result.page.title)
            else:
                messages.info(request, _("“%s”已开通，未做任何改动。") % result.page.title)
    return render(
        request,
        "enterprises/admin/onboard.html",
        {"form": form, "result": result, "enterprises": _enterprises_with_editors()},
    )


def _enterprises_with_editors():
    rows = []
    for page in by_pinyin(EnterprisePage.objects.all(), name=lambda page: page.title):
        group = onboarding.enterprise_group(page)
        editors = list(group.user_set.order_by("username")) if group else []
        rows.append((page, group, editors))
    return rows


def editors(request, page_id):
    require_user_managers(request)
    page = get_object_or_404(EnterprisePage, pk=page_id)
    form = EditorForm(request.POST or None)
    link = ""
    if request.method == "POST" and "disable" in request.POST:
        try:
            onboarding.disable_editor(page, request.POST["disable"])
        except onboarding.OnboardingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("已停用该联络员账号。"))
        return redirect("enterprise_editors", page_id=page.pk)
    if request.method == "POST" and form.is_valid():
        try:
            result = onboarding.add_editor(
                page, form.cleaned_data["username"], form.cleaned_data["email"]
            )
        except onboarding.OnboardingError as error:
            form.add_error(None, str(error))
        else:
            link = result.password_link
            messages.success(request, _("已添加联络员 %s。") % result.user.username)
            form = EditorForm()
    group = onboarding.enterprise_group(page)
    return render(
        request,
        "enterprises/admin/editors.html",
        {
            "page": page,
            "form": form,
            "link": link,
            "editors": list(group.user_set.order_by("username")) if group else [],
        },
    )


@hooks.register("register_admin_urls")
def register_onboarding_urls():
    return [
        path("enterprises/onboard/", onboard, name="enterprise_onboard"),
        path("enterprises/<int:page_id>/editors/", editors, name="enterprise_editors"),
    ]


class UserManagerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perms(REQUIRED_PERMISSIONS)


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return UserManagerMenuItem(
        _("开通企业栏目"), reverse("enterprise_onboard"), icon_name="group", order=150
    )
