"""export_honorees: the roll's own columns, filtered like /honorees/; export then import
changes nothing."""

import csv
import io

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from exhibits.rolls import columns as c
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import read_roll
from tests.enterprises.factories import EnterprisePageFactory
from tests.rolls.conftest import WANG, WANG_AGAIN, ZHAO
from tests.rolls.test_import import database, run, xlsx

pytestmark = pytest.mark.django_db


def export(tmp_path, name, *args):
    path = tmp_path / name
    call_command("export_honorees", str(path), *args, stdout=io.StringIO())
    return path.read_bytes()


def test_the_export_has_one_row_per_honour_in_the_rolls_columns(tmp_path, lists):
    run(tmp_path, xlsx(WANG, WANG_AGAIN, ZHAO), "--publish")
    sheet = load_workbook(io.BytesIO(export(tmp_path, "out.xlsx"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == c.HEADERS
    assert [(r[1], r[8], r[9]) for r in rows[1:]] == [
        ("王芳", "平顶山市劳动模范", 2015),
        ("王芳", "全国劳动模范", 2020),
        ("赵强", "鹰城大工匠", 2022),
    ]


def test_the_export_filters_like_the_public_list(tmp_path, lists):
    run(tmp_path, xlsx(WANG, ZHAO), "--publish")
    data = export(tmp_path, "national.csv", "--query", "level=national")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert [line[1] for line in lines[1:]] == ["王芳"]


def test_drafts_are_exported_only_when_asked(tmp_path, lists):
    run(tmp_path, xlsx(WANG, ZHAO))  # drafts, waiting for review
    text = export(tmp_path, "all.csv", "--all").decode("utf-8-sig")
    assert "王芳" in text and "赵强" in text
    assert "王芳" not in export(tmp_path, "public.csv").decode("utf-8-sig")


@pytest.mark.parametrize("name", ["roll.xlsx", "roll.csv"])
def test_export_then_import_changes_nothing(tmp_path, lists, enterprise_index, name):
    EnterprisePageFactory(parent=enterprise_index, title=ZHAO[4])  # 赵强 links its section
    run(tmp_path, xlsx(WANG, WANG_AGAIN, ZHAO), "--publish")
    before = database()
    exported = export(tmp_path, name)
    plan = make_plan(read_roll(exported, name))
    assert plan.ok and [p.action for p in plan.people] == ["unchanged", "unchanged"]
    run(tmp_path, exported, "--publish", name=name)
    assert database() == before
