"""The admin's login form, with the password's label in Chinese (Wagtail's has none)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    # Wagtail leaves the label out, so Django makes "Password" from the field's name.
    password = forms.CharField(
        label=_("密码"),
        widget=forms.PasswordInput(attrs={"placeholder": _("请输入密码")}),
        strip=False,
    )
