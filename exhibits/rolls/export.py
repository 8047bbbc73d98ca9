"""Honorees out to XLSX or CSV, in the roll's own columns, so that exporting and importing
the file again changes nothing. One row per honour (a person without one gets one row)."""

import csv
import io

from django.db.models import Prefetch
from openpyxl import Workbook

from exhibits.honorees.models import Honour
from exhibits.rolls import columns as c

SHEET_TITLE = "先进人物"


def roll_rows(people):
    """The rows of these honorees (a queryset), in the order of HEADERS."""
    people = (
        people.defer_streamfields()
        .select_related("employer_enterprise", "county", "industry")
        .prefetch_related(Prefetch("honours", queryset=Honour.objects.select_related("title")))
    )
    for person in people.order_by("name_pinyin", "pk").iterator(chunk_size=500):
        shared = {
            c.EXTERNAL_ID: person.external_id,
            c.NAME: person.title,
            c.GENDER: person.get_gender_display() if person.gender else "",
            c.BIRTH_YEAR: person.birth_year or "",
            c.EMPLOYER: person.employer_enterprise.title
            if person.employer_enterprise_id
            else person.employer_name,
            c.POST: person.post,
            c.COUNTY: person.county.name if person.county_id else "",
            c.INDUSTRY: person.industry.name if person.industry_id else "",
            c.SUMMARY: person.summary,
        }
        honours = sorted(person.honours.all(), key=lambda h: (h.year, h.pk)) or [None]
        for honour in honours:
            row = {
                **shared,
                c.TITLE: honour.title.name if honour else "",
                c.YEAR: honour.year if honour else "",
            }
            yield [row[header] for header in c.HEADERS]


def to_xlsx(rows):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.append(c.HEADERS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def to_csv(rows):
    """UTF-8 with a BOM, which Excel needs to open Chinese text correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(c.HEADERS)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def export(people, file_format):
    rows = roll_rows(people)
    return to_xlsx(rows) if file_format == "xlsx" else to_csv(rows)
