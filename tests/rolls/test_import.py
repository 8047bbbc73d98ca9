"""import_honorees: a roll in, all or nothing, matched so that a re-import never duplicates."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Revision, WorkflowState

from exhibits.honorees.models import HonoreePage, Honour
from exhibits.rolls.apply import apply_plan
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import RollFileError, read_roll
from tests.enterprises.factories import EnterprisePageFactory
from tests.rolls.conftest import WANG, WANG_AGAIN, ZHAO, csv_bytes, xlsx

pytestmark = pytest.mark.django_db


def plan_of(data, name="roll.xlsx"):
    return make_plan(read_roll(data, name))


def run(tmp_path, data, *args, name="roll.xlsx"):
    path = tmp_path / name
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    call_command("import_honorees", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def database():
    """What an import may change: every page, revision and honour."""
    return (
        list(Page.objects.values_list("pk", "title", "live").order_by("pk")),
        Revision.objects.count(),
        sorted(Honour.objects.values_list("page_id", "title_id", "year")),
    )


def test_a_clean_roll_creates_drafts_submitted_for_review(tmp_path, lists, enterprise_index):
    huayue = EnterprisePageFactory(parent=enterprise_index, title="舞钢华岳特种钢板有限公司")
    out, _err = run(tmp_path, xlsx(WANG, WANG_AGAIN, ZHAO))
    assert "共 3 行、2 人：新建 2 人，更新 0 人，不变 0 人。" in out
    assert "已提交工会审核" in out
    wang = HonoreePage.objects.get(title="王芳")
    assert (wang.gender, wang.birth_year, wang.post, wang.external_id) == (
        "female",
        1975,
        "检修工",
        "A001",
    )
    assert (wang.county, wang.industry, wang.employer_name) == (
        lists["xinhua"],
        lists["coal"],
        "平顶山天安煤业",
    )
    assert wang.summary == "扎根井下二十年。"  # the second row's empty cell changes nothing
    assert sorted((h.title.name, h.year) for h in wang.honours.all()) == [
        ("全国劳动模范", 2020),
        ("平顶山市劳动模范", 2015),
    ]
    zhao = HonoreePage.objects.get(title="赵强")
    assert zhao.employer_enterprise == huayue and zhao.employer_name == ""  # its section
    for person in (wang, zhao):
        assert not person.live
        assert WorkflowState.objects.filter(
            object_id=str(person.pk), status=WorkflowState.STATUS_IN_PROGRESS
        ).exists()


def test_publish_makes_the_profiles_live(tmp_path, lists):
    out, _err = run(tmp_path, xlsx(WANG, ZHAO), "--publish")
    assert "已发布" in out
    assert sorted(HonoreePage.objects.live().values_list("title", flat=True)) == ["王芳", "赵强"]
    assert HonoreePage.objects.get(title="王芳").slug == "wang-fang"


def test_a_reimport_never_duplicates_and_applies_what_changed(tmp_path, lists):
    run(tmp_path, xlsx(WANG, ZHAO), "--publish")
    before = database()
    out, _err = run(tmp_path, xlsx(WANG, ZHAO), "--publish")
    assert "新建 0 人，更新 0 人，不变 2 人" in out
    assert database() == before

    moved = list(ZHAO)
    moved[5] = "焊接班长"  # a new post
    moved[8], moved[9] = "平顶山市劳动模范", 2024  # and a new honour
    plan = plan_of(xlsx(WANG_AGAIN, moved))
    assert [p.action for p in plan.people] == ["update", "update"]
    apply_plan(plan, publish=True)
    zhao = HonoreePage.objects.get(title="赵强")
    assert zhao.post == "焊接班长"
    assert sorted(h.year for h in zhao.honours.all()) == [2022, 2024]
    assert HonoreePage.objects.count() == 2
    wang = HonoreePage.objects.get(title="王芳")
    assert wang.summary == "扎根井下二十年。"  # not mentioned again, not removed
    assert wang.honours.count() == 2


def test_a_person_is_found_by_name_and_employer_without_an_id(tmp_path, lists):
    run(tmp_path, xlsx(ZHAO), "--publish")
    again = list(ZHAO)
    again[8], again[9] = "全国劳动模范", 2025
    plan = plan_of(xlsx(again))
    assert plan.people[0].page == HonoreePage.objects.get(title="赵强")
    assert [(t.name, y) for t, y in plan.people[0].new_honours] == [("全国劳动模范", 2025)]


def row_with(**changes):
    from tests.rolls.conftest import HEADERS

    row = list(ZHAO)
    for header, value in changes.items():
        row[HEADERS.index(header)] = value
    return row


@pytest.mark.parametrize(
    "row, column, reason",
    [
        (
            row_with(荣誉称号="金牌工人"),
            "荣誉称号",
            "没有这个荣誉称号：“金牌工人”。已有的称号：全国劳动模范、平顶山市劳动模范、鹰城大工匠",
        ),
        (row_with(县区="火星区"), "县区", "没有这个县（市、区）：“火星区”。可用的有："),
        (row_with(荣誉年份=2999), "荣誉年份", "2999年还没有到"),
        (row_with(荣誉年份="去年"), "荣誉年份", "应为四位数的年份"),
        (row_with(出生年份=2999), "出生年份", "2999年还没有到"),
        (row_with(姓名=""), "姓名", "姓名不能为空。"),
        (row_with(性别="未知"), "性别", "应为“男”或“女”"),
        (row_with(荣誉称号=""), "荣誉称号", "荣誉称号不能为空。"),
    ],
)
def test_an_invalid_row_writes_nothing_and_names_its_row_and_reason(
    tmp_path, lists, row, column, reason
):
    run(tmp_path, xlsx(WANG), "--publish")
    before = database()
    with pytest.raises(CommandError, match="名单有 1 处问题，没有导入任何内容"):
        run(tmp_path, xlsx(WANG_AGAIN, ZHAO, row), "--publish")
    assert database() == before
    problems = plan_of(xlsx(WANG_AGAIN, ZHAO, row)).problems
    assert len(problems) == 1
    problem = problems[0]
    # Line 1 is the sheet's title, line 2 the headers: the third row is on line 5.
    assert (problem.sheet, problem.row, problem.column) == ("名单", 5, column)
    assert reason in problem.message


def test_the_same_person_in_conflicting_rows_is_a_problem(lists):
    other = list(WANG_AGAIN)
    other[2] = "男"
    problems = plan_of(xlsx(WANG, other)).problems
    assert [(p.row, p.column) for p in problems] == [(4, "性别")]
    assert "与第3行是同一人（王芳），但填写不同：“女”和“男”。" in problems[0].message


def test_two_profiles_of_the_same_name_and_employer_need_a_birth_year(
    tmp_path, lists, honoree_index
):
    from tests.honorees.factories import HonoreePageFactory

    for year in (1970, 1980):
        HonoreePageFactory(
            parent=honoree_index, title="赵强", employer_name=ZHAO[4], birth_year=year
        )
    problems = plan_of(xlsx(ZHAO)).problems
    assert "网站上有2位“赵强”" in problems[0].message
    assert plan_of(xlsx(row_with(出生年份=1980))).ok


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_in_utf8_with_or_without_bom_and_in_gbk(tmp_path, lists, encoding):
    out, _err = run(
        tmp_path, csv_bytes(WANG, ZHAO, encoding=encoding), "--publish", name="roll.csv"
    )
    assert "新建 2 人" in out
    assert HonoreePage.objects.get(title="王芳").summary == "扎根井下二十年。"


def test_unknown_columns_are_ignored_with_a_warning(tmp_path, lists):
    from tests.rolls.conftest import HEADERS

    _out, err = run(
        tmp_path, xlsx(WANG + ["13800000000"], headers=HEADERS + ["联系电话"]), "--dry-run"
    )
    assert "已忽略不认识的列：名单：联系电话" in err


def test_a_dry_run_writes_nothing(tmp_path, lists):
    before = database()
    out, _err = run(tmp_path, xlsx(WANG, ZHAO), "--dry-run")
    assert "新建 2 人" in out and "没有写入任何内容" in out
    assert database() == before


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "无法识别这个文件"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
            "加了密码，或是旧版 Excel 的 .xls 格式",
        ),
        (b"", "文件是空的"),
        (b"PK\x03\x04 not really a zip", "无法打开这个 Excel 文件"),
        ("随便写的一段话\n没有表头\n".encode(), "文件里没有找到名单"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message(data, message, db):
    with pytest.raises(RollFileError, match=message):
        read_roll(data, "roll.xlsx" if data.startswith((b"PK", b"\xd0")) else "roll.csv")


@override_settings(ROLL_MAX_BYTES=1024)
def test_a_file_over_the_limit_is_refused(db):
    with pytest.raises(RollFileError, match="文件太大"):
        read_roll(b"x" * 2048, "roll.csv")


def test_reviewers_get_no_email_per_imported_person_and_later_submissions_still_notify(
    tmp_path, lists, mailoutbox, honoree_index
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from exhibits.core.review import REVIEWER_GROUP_NAME
    from tests.honorees.factories import HonoreePageFactory

    reviewer = get_user_model().objects.create_user("shenhe", "shenhe@union.example", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
    run(tmp_path, xlsx(WANG, ZHAO))
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 2
    assert mailoutbox == []
    editor = get_user_model().objects.create_superuser("bianji", "bianji@union.example", "x")
    page = HonoreePageFactory(parent=honoree_index, title="钱明")
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    assert ["shenhe@union.example"] in [message.to for message in mailoutbox]
