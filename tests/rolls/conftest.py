"""Fixtures for the roll import: the editor-maintained lists a roll names, and roll files."""

import csv
import io

import pytest
from openpyxl import Workbook

from exhibits.honorees.models import HonourLevel
from exhibits.rolls import columns as c
from tests.core.factories import CountyFactory, IndustryFactory
from tests.honorees.factories import HonourTitleFactory


@pytest.fixture
def lists(honoree_index):
    return {
        "national": HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL),
        "city": HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY),
        "craftsman": HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY),
        "xinhua": CountyFactory(name="新华区"),
        "wugang": CountyFactory(name="舞钢市"),
        "coal": IndustryFactory(name="煤炭"),
        "steel": IndustryFactory(name="冶金"),
    }


HEADERS = c.HEADERS
WANG = [
    "A001",
    "王芳",
    "女",
    1975,
    "平顶山天安煤业",
    "检修工",
    "新华区",
    "煤炭",
    "全国劳动模范",
    2020,
    "扎根井下二十年。",
]
# The same person (by 编号) with a second honour and no summary this time.
WANG_AGAIN = [*WANG[:8], "平顶山市劳动模范", 2015, ""]
ZHAO = [
    "",
    "赵强",
    "男",
    "",
    "舞钢华岳特种钢板有限公司",
    "焊工",
    "舞钢市",
    "冶金",
    "鹰城大工匠",
    2022,
    "焊花里的匠心。",
]


def xlsx(*rows, headers=HEADERS, title="2026年度名单", sheet="名单"):
    """A workbook as the union's sheets look: a title line, the headers, the rows."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    if title:
        worksheet.append([title])
    worksheet.append(headers)
    for row in rows:
        worksheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(*rows, encoding="utf-8-sig", headers=HEADERS):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)
