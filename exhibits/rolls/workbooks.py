"""The two workbooks the admin hands out: the template to fill in, with drop-down lists
taken from the editor-maintained lists, and the error report, the uploaded rows with a
错误 column, ready to fix and upload again."""

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from exhibits.core.models import County, Industry
from exhibits.honorees.models import HonourTitle, current_year
from exhibits.rolls import columns as c

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="8E1418")
ERROR_FONT = Font(color="B00020")
WIDTHS = {c.NAME: 10, c.EMPLOYER: 30, c.POST: 14, c.TITLE: 22, c.SUMMARY: 40}
OPTIONS_SHEET = "选项"
HINT = (
    "每行一项荣誉：同一人有几项荣誉就填几行（姓名、单位等重复填写）。"
    "性别、县区、行业、荣誉称号请从下拉列表中选择；编号可不填，填写后再次导入时按编号找到同一人。"
)


def template_workbook():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "名单"
    sheet.append([HINT])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(c.HEADERS))
    sheet["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = 48
    _header(sheet, c.HEADERS, row=2)
    titles = list(HonourTitle.objects.values_list("name", flat=True))
    counties = list(County.objects.values_list("name", flat=True))
    industries = list(Industry.objects.values_list("name", flat=True))
    sample = {
        c.EXTERNAL_ID: "2026-001",
        c.NAME: "王芳",
        c.GENDER: "女",
        c.BIRTH_YEAR: 1975,
        c.EMPLOYER: "平顶山天安煤业股份有限公司",
        c.POST: "检修工",
        c.COUNTY: counties[0] if counties else "",
        c.INDUSTRY: industries[0] if industries else "",
        c.TITLE: titles[0] if titles else "",
        c.YEAR: current_year(),
        c.SUMMARY: "（示例，请删除此行）扎根一线三十年，带出徒弟六十余名。",
    }
    sheet.append([sample[header] for header in c.HEADERS])
    options = workbook.create_sheet(OPTIONS_SHEET)
    options.sheet_state = "hidden"
    for column, (header, values) in enumerate(
        [
            (c.GENDER, ["男", "女"]),
            (c.COUNTY, counties),
            (c.INDUSTRY, industries),
            (c.TITLE, titles),
        ],
        start=1,
    ):
        options.cell(row=1, column=column, value=header)
        for row, value in enumerate(values, start=2):
            options.cell(row=row, column=column, value=value)
        if values:
            letter = get_column_letter(column)
            target = get_column_letter(c.HEADERS.index(header) + 1)
            rule = DataValidation(
                type="list",
                formula1=f"={OPTIONS_SHEET}!${letter}$2:${letter}${len(values) + 1}",
                showErrorMessage=True,
                errorTitle="请从列表中选择",
                error=f"“{header}”须是列表中的一项；新的{header}请先在网站后台添加。",
            )
            rule.add(f"{target}3:{target}5000")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A3"
    return _bytes(workbook)


def error_report(sheet_rows, problems_by_row):
    """sheet_rows: the read rows (reading.Row); problems_by_row: Plan.problems_by_row()."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = {}
    for row in sheet_rows:
        sheet = sheets.get(row.sheet)
        if sheet is None:
            title = "名单" if row.sheet == "CSV" else row.sheet
            sheet = sheets[row.sheet] = workbook.create_sheet(title[:31])
            _header(sheet, [*c.HEADERS, c.ERROR], row=1)
            sheet.freeze_panes = "A2"
        errors = problems_by_row.get((row.sheet, row.number), [])
        sheet.append([row.values.get(header, "") for header in c.HEADERS] + ["；".join(errors)])
        if errors:
            sheet.cell(row=sheet.max_row, column=len(c.HEADERS) + 1).font = ERROR_FONT
    return _bytes(workbook)


def _header(sheet, headers, row):
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=column, value=header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS.get(header, 12)
    sheet.column_dimensions[get_column_letter(len(c.HEADERS) + 1)].width = 60


def _bytes(workbook):
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
