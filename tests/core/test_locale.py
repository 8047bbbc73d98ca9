"""The project's Chinese catalogue (locale/zh_Hans): the committed .mo is built from the .po,
and no Wagtail string an editor can meet is left in English."""

import ast
import gettext
import re
from pathlib import Path

import pytest
import wagtail
from django.apps import apps
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES"
DOMAINS = ["django", "djangojs"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def read_po(path):
    """(msgctxt, msgid, msgid_plural, msgstr) for each entry of a .po file; the header too."""
    entries, entry, key = [], {}, None

    def flush():
        if "msgid" in entry:
            entries.append(
                (
                    entry.get("msgctxt"),
                    entry["msgid"],
                    entry.get("msgid_plural"),
                    entry.get("msgstr", entry.get("msgstr[0]", "")),
                )
            )
        entry.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            entry[key] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        if key in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
            flush()
        entry[key] = ast.literal_eval(value)
    flush()
    return entries


def catalogue_key(msgctxt, msgid, msgid_plural):
    """How GNU gettext stores an entry in a .mo: context and id joined by \\x04."""
    key = msgid if msgctxt is None else f"{msgctxt}\x04{msgid}"
    return (key, 0) if msgid_plural is not None else key


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_committed_mo_is_built_from_the_po(domain):
    """Run `msgfmt -o locale/zh_Hans/LC_MESSAGES/<domain>.mo <domain>.po` after editing it."""
    with open(LOCALE / f"{domain}.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    written = {
        catalogue_key(ctx, msgid, plural): msgstr
        for ctx, msgid, plural, msgstr in read_po(LOCALE / f"{domain}.po")
        if msgid  # the header
    }
    compiled = {key: value for key, value in compiled.items() if key != ""}
    assert compiled == written


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_entry_is_translated_with_its_placeholders(domain):
    for _ctx, msgid, plural, msgstr in read_po(LOCALE / f"{domain}.po"):
        if not msgid:
            continue
        assert msgstr, f"empty translation of {msgid!r}"
        source = set(PLACEHOLDER.findall(msgid)) | set(PLACEHOLDER.findall(plural or ""))
        assert set(PLACEHOLDER.findall(msgstr)) <= source, f"{msgid!r} → {msgstr!r}"


def wagtail_source_catalogues():
    """Wagtail's English source catalogues of the apps this site installs."""
    root = Path(wagtail.__file__).parent
    for config in apps.get_app_configs():
        path = Path(config.path)
        if path == root or root in path.parents:
            po = path / "locale" / "en" / "LC_MESSAGES" / "django.po"
            if po.exists():
                yield config.name, po


def untranslated(entries):
    with translation.override("zh-hans"):
        for ctx, msgid, plural, _msgstr in entries:
            if not msgid or not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", msgid)):
                continue
            if plural is not None:
                shown = (
                    translation.npgettext(ctx, msgid, plural, 2)
                    if ctx
                    else translation.ngettext(msgid, plural, 2)
                )
                if shown == plural:
                    yield msgid
            elif (translation.pgettext(ctx, msgid) if ctx else translation.gettext(msgid)) == msgid:
                yield msgid


def test_no_string_of_an_installed_wagtail_app_is_left_in_english():
    """After a Wagtail upgrade this lists the new strings to translate in locale/zh_Hans."""
    missing = {
        app: sorted(set(untranslated(read_po(po)))) for app, po in wagtail_source_catalogues()
    }
    assert {app: strings for app, strings in missing.items() if strings} == {}


def shown(ctx, msgid, plural):
    if plural is not None:
        if ctx:
            return translation.npgettext(ctx, msgid, plural, 2)
        return translation.ngettext(msgid, plural, 2)
    return translation.pgettext(ctx, msgid) if ctx else translation.gettext(msgid)


def test_no_translation_names_wagtail():
    """The admin is the union's; Wagtail's own Chinese says "登录Wagtail", "查看Wagtail快捷动作"."""
    with translation.override("zh-hans"):
        naming = {
            msgid: shown(ctx, msgid, plural)
            for _app, po in wagtail_source_catalogues()
            for ctx, msgid, plural, _msgstr in read_po(po)
            if msgid and "Wagtail" in shown(ctx, msgid, plural)
        }
    assert naming == {}


def test_the_dashboard_strings_the_tester_saw_are_chinese():
    with translation.override("zh-hans"):
        assert translation.gettext("Search all pages…") == "搜索全部页面…"
        assert translation.gettext("Your pages and snippets in a workflow") == "我提交审核的内容"
        assert translation.gettext("By task") == "按环节"
        assert translation.gettext("Exploring") == "浏览"
