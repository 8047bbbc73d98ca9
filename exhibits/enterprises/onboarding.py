"""Onboarding an enterprise: its section, editors' group, collections and the review workflow."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_unicode_slug
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
)

from exhibits.core import review
from exhibits.core.models import County, Industry
from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage

EDITOR_GROUP_PREFIX = "企业联络员："

# Enterprise editors keep their section current but never publish: no "publish",
# "bulk_delete", "lock" or "unlock", so every change goes to the union's workflow.
EDITOR_PAGE_PERMISSIONS = ("add", "change")
EDITOR_COLLECTION_PERMISSIONS = {
    "image": ("wagtailimages", ("add_image", "change_image", "choose_image")),
    "document": ("wagtaildocs", ("add_document", "change_document", "choose_document")),
}


class OnboardingError(ValueError):
    """A request that cannot be carried out, explained in Chinese for the person who made it."""


@dataclass
class OnboardingResult:
    created: bool
    page: EnterprisePage
    group: Group
    collections: dict[str, Collection]
    user: object
    # A one-time link to set a password; empty once the editor has one.
    password_link: str = ""
    created_parts: list[str] = field(default_factory=list)


@dataclass
class EditorResult:
    created: bool
    user: object
    password_link: str = ""


def editor_group_name(enterprise_name):
    return f"{EDITOR_GROUP_PREFIX}{enterprise_name}"


def password_set_link(user):
    """Wagtail's own password-reset confirmation URL, so no password is ever typed into a shell."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def enterprise_group(enterprise_page):
    """The editors' group of an enterprise: the one whose page permissions are on its page."""
    return (
        Group.objects.filter(
            name__startswith=EDITOR_GROUP_PREFIX, page_permissions__page=enterprise_page
        )
        .distinct()
        .first()
    )


def onboard_enterprise(
    name, slug, editor_username, editor_email, *, county=None, industry=None, password=None
):
    """Create (or find, unchanged) everything an enterprise needs; all of it or nothing."""
    name = (name or "").strip()
    if not name:
        raise OnboardingError("请填写企业名称。")
    _check_slug(slug)
    _check_email(editor_email)
    _check_username(editor_username)

    with transaction.atomic():
        index = EnterpriseIndexPage.objects.first()
        if index is None:
            raise OnboardingError("站点还没有“企业列表”页面，请先在后台创建企业列表页。")
        created_parts = []

        page = _ensure_page(index, name, slug, county, industry, created_parts)
        group = _ensure_editor_group(page, name, created_parts)
        collections = _ensure_collections(group, name, created_parts)
        user = _ensure_editor(group, page, editor_username, editor_email, password, created_parts)
        _ensure_review_workflow(index, created_parts)

    return OnboardingResult(
        created=bool(created_parts),
        page=page,
        group=group,
        collections=collections,
        user=user,
        password_link="" if user.has_usable_password() else password_set_link(user),
        created_parts=created_parts,
    )


def add_editor(enterprise_page, username, email, *, password=None):
    """Give one more person the keys to an enterprise's section."""
    _check_email(email)
    _check_username(username)
    group = enterprise_group(enterprise_page)
    if group is None:
        raise OnboardingError(f"“{enterprise_page.title}”尚未开通企业栏目，请先运行企业开通。")
    created_parts = []
    with transaction.atomic():
        user = _ensure_editor(group, enterprise_page, username, email, password, created_parts)
    return EditorResult(
        created=bool(created_parts),
        user=user,
        password_link="" if user.has_usable_password() else password_set_link(user),
    )


def disable_editor(enterprise_page, username):
    """Switch off an editor who has left; their edits and history stay."""
    User = get_user_model()
    group = enterprise_group(enterprise_page)
    user = User.objects.filter(username=username).first()
    if user is None:
        raise OnboardingError(f"用户“{username}”不存在。")
    if group is None or not user.groups.filter(pk=group.pk).exists():
        raise OnboardingError(
            f"用户“{username}”不是“{enterprise_page.title}”的企业联络员，未做改动。"
        )
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    return user


# --- checks -------------------------------------------------------------------------------


def _check_slug(slug):
    try:
        validate_unicode_slug(slug or "")
    except ValidationError as error:
        raise OnboardingError(
            f"网址别名“{slug}”无效：只能使用字母、数字、连字符和下划线。"
        ) from error


def _check_email(email):
    try:
        validate_email(email or "")
    except ValidationError as error:
        raise OnboardingError(f"电子邮箱“{email}”格式不正确。") from error


def _check_username(username):
    username_field = get_user_model()._meta.get_field("username")
    try:
        username_field.run_validators(username or "")
        if not username:
            raise ValidationError("empty")
    except ValidationError as error:
        raise OnboardingError(f"用户名“{username}”无效。") from error


def _lookup(model, value, label):
    if value is None or isinstance(value, model):
        return value
    found = model.objects.filter(name=value).first()
    if found is None:
        raise OnboardingError(f"{label}“{value}”不存在，请先在后台添加。")
    return found


# --- the parts ----------------------------------------------------------------------------


def _ensure_page(index, name, slug, county, industry, created_parts):
    existing = EnterprisePage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        if existing.title != name:
            raise OnboardingError(f"网址别名“{slug}”已被企业“{existing.title}”使用，请换一个别名。")
        return existing
    if EnterprisePage.objects.child_of(index).filter(title=name).exists():
        raise OnboardingError(f"企业“{name}”已用另一个网址别名开通，请核对后再试。")
    if index.get_children().filter(slug=slug).exists():
        raise OnboardingError(f"网址别名“{slug}”已被占用，请换一个别名。")

    # Live from the start, with an empty introduction: the section's address exists
    # for the enterprise's wall and QR codes, and since it is live every later change
    # by the enterprise goes through the union's review before the public sees it.
    page = EnterprisePage(
        title=name,
        slug=slug,
        county=_lookup(County, county, "县（市、区）"),
        industry=_lookup(Industry, industry, "行业"),
    )
    index.add_child(instance=page)
    log(instance=page, action="wagtail.create")
    page.save_revision(log_action=False).publish()
    created_parts.append("page")
    return page


def _ensure_editor_group(page, name, created_parts):
    group, created = Group.objects.get_or_create(name=editor_group_name(name))
    if created:
        created_parts.append("group")
        review.grant_admin_access(group)
    else:
        other_page = group.page_permissions.exclude(page=page).first()
        if other_page is not None:
            raise OnboardingError(f"用户组“{group.name}”已管理其他页面，请核对企业名称。")
    for permission_type in EDITOR_PAGE_PERMISSIONS:
        review.grant_page_permission(group, page, permission_type, created_parts, "page permission")
    return group


def _ensure_collections(group, name, created_parts):
    root = Collection.get_first_root_node()
    collections = {}
    for kind, label in (("image", "图片"), ("document", "文档")):
        collection_name = f"{name}·{label}"
        collection = root.get_children().filter(name=collection_name).first()
        if collection is None:
            collection = root.add_child(instance=Collection(name=collection_name))
            created_parts.append(f"{kind} collection")
        app_label, codenames = EDITOR_COLLECTION_PERMISSIONS[kind]
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
            if created:
                created_parts.append("collection permission")
        collections[kind] = collection
    return collections


def _ensure_editor(group, page, username, email, password, created_parts):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        if not user.groups.filter(pk=group.pk).exists():
            raise OnboardingError(
                f"用户名“{username}”已被其他人使用，不是“{page.title}”的企业联络员，请换一个用户名。"
            )
        return user
    user = User.objects.create_user(username=username, email=email, password=password)
    # create_user leaves an unusable password when none is given: the editor sets
    # their own through the one-time link.
    user.groups.add(group)
    created_parts.append("user")
    return user


def _ensure_review_workflow(index, created_parts):
    """The union's review over the enterprise index, and so over every section below it
    (exhibits/core/review.py sets it up on all union sections too)."""
    review.ensure_union_review(created_parts)
