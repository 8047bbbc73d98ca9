"""From the rows of a roll to a plan: who will be created, updated or left alone, and every
problem, named by sheet, row, column and reason. Nothing is written here.

Rows are grouped into people: by 编号 when given, else by 姓名 + 工作单位 (+ 出生年份). A
person is matched to a profile on the site the same way, so a re-import never duplicates.
Empty cells change nothing: a re-import updates what it names and adds the honours that are
new, and never removes anything it does not mention.
"""

from dataclasses import dataclass, field

from exhibits.core.models import County, Industry
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import EARLIEST_YEAR, HonoreePage, Honour, HonourTitle, current_year
from exhibits.rolls import columns as c
from exhibits.rolls.photos import ZIP_SHEET

GENDERS = {"男": "male", "男性": "male", "女": "female", "女性": "female"}
MAX_LENGTHS = {c.EXTERNAL_ID: 50, c.NAME: 100, c.EMPLOYER: 100, c.POST: 100, c.SUMMARY: 200}
# The columns of a person and the page field each sets (工作单位 is handled apart).
PERSON_FIELDS = {
    c.GENDER: "gender",
    c.BIRTH_YEAR: "birth_year",
    c.POST: "post",
    c.COUNTY: "county",
    c.INDUSTRY: "industry",
    c.SUMMARY: "summary",
    c.EXTERNAL_ID: "external_id",
}
LISTED = 12  # known names listed in a message about an unknown one


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self):
        where = f"{self.sheet} 第{self.row}行"
        return (
            f"{where}【{self.column}】{self.message}" if self.column else f"{where}：{self.message}"
        )


@dataclass
class Person:
    """One person of the roll: their rows, what they set, and the profile they match."""

    key: tuple
    name: str
    employer: str
    rows: list = field(default_factory=list)
    values: dict = field(default_factory=dict)  # {page field: value} from the file
    honours: list = field(default_factory=list)  # [(HonourTitle, year)], in file order
    photo: object = None  # photos.Photo, from the zip that came with the roll
    page: HonoreePage | None = None
    changes: dict = field(default_factory=dict)  # {page field: (old, new)}
    new_honours: list = field(default_factory=list)

    @property
    def action(self):
        if self.page is None:
            return "create"
        return "update" if self.changes or self.new_honours else "unchanged"


@dataclass
class Plan:
    people: list
    problems: list
    warnings: list
    row_count: int

    @property
    def ok(self):
        return not self.problems

    def of(self, action):
        return [person for person in self.people if person.action == action]

    def problems_by_row(self):
        """{(sheet, row): [message]}, for the report's 错误 column."""
        found = {}
        for problem in self.problems:
            text = f"【{problem.column}】{problem.message}" if problem.column else problem.message
            found.setdefault((problem.sheet, problem.row), []).append(text)
        return found


class Lists:
    """The editor-maintained lists a roll names, read once per import."""

    def __init__(self):
        self.titles = {t.name: t for t in HonourTitle.objects.all()}
        self.counties = {county.name: county for county in County.objects.all()}
        self.industries = {industry.name: industry for industry in Industry.objects.all()}
        self.enterprises = {
            page.title: page for page in EnterprisePage.objects.only("id", "title", "path")
        }


def make_plan(sheet, photos=None):
    """The plan for a read roll (reading.Sheet) and its photos (photos.Photos, or None)."""
    lists = Lists()
    problems = []
    warnings = [f"已忽略不认识的列：{header}" for header in sheet.ignored_headers]
    if photos is not None:
        problems += [
            Problem(ZIP_SHEET, number, filename, message)
            for number, filename, message in photos.problems
        ]
    people = {}
    for row in sheet.rows:
        parsed = _parse(row, lists, problems)
        if parsed is None:
            continue
        key, name, employer, values, honour = parsed
        person = people.get(key)
        if person is None:
            person = people[key] = Person(key, name, employer)
        _merge(person, row, values, problems)
        person.rows.append(row)
        if honour not in person.honours:
            person.honours.append(honour)
    people = list(people.values())
    if photos is not None:
        warnings += _match_photos(people, photos)
    _match(people, lists, problems)
    return Plan(people, problems, warnings, len(sheet.rows))


def _match_photos(people, photos):
    """Give each person their photo; warn of the photos no one in the roll is named by."""
    used = set()
    for person in people:
        external_id = person.key[1] if person.key[0] == "编号" else None
        person.photo = photos.find(external_id, person.name, person.employer)
        if person.photo is not None:
            used.add(person.photo.filename)
    unused = [photo.filename for photo in photos.by_key.values() if photo.filename not in used]
    return [f"照片没有对应名单中的人，已忽略：{'、'.join(unused)}"] if unused else []


def _parse(row, lists, problems):
    """(person key, name, employer, {field: value}, (title, year)) or None when the row
    has a problem (each is added to `problems`)."""
    values = row.values
    found = []

    def problem(column, message):
        found.append(Problem(row.sheet, row.number, column, message))

    for column, limit in MAX_LENGTHS.items():
        if len(values.get(column, "")) > limit:
            problem(column, f"不能超过{limit}个字（现有{len(values[column])}个）。")
    name = "".join(values.get(c.NAME, "").split())  # 王 芳 (aligned by spaces) → 王芳
    if not name:
        problem(c.NAME, "姓名不能为空。")
    employer = values.get(c.EMPLOYER, "")
    fields = {}
    if c.GENDER in values:
        gender = GENDERS.get(values[c.GENDER])
        if gender is None:
            problem(c.GENDER, f"应为“男”或“女”，不是“{values[c.GENDER]}”。")
        fields["gender"] = gender
    if c.BIRTH_YEAR in values:
        fields["birth_year"] = _year(values[c.BIRTH_YEAR], 1900, c.BIRTH_YEAR, problem)
    for column, attribute in (
        (c.POST, "post"),
        (c.SUMMARY, "summary"),
        (c.EXTERNAL_ID, "external_id"),
    ):
        if column in values:
            fields[attribute] = values[column]
    for column, attribute, known, what in (
        (c.COUNTY, "county", lists.counties, "县（市、区）"),
        (c.INDUSTRY, "industry", lists.industries, "行业"),
    ):
        if column in values:
            fields[attribute] = known.get(values[column])
            if fields[attribute] is None:
                problem(
                    column, f"没有这个{what}：“{values[column]}”。可用的有：{_listing(known)}。"
                )
    title = None
    if not values.get(c.TITLE):
        problem(c.TITLE, "荣誉称号不能为空。")
    else:
        title = lists.titles.get(values[c.TITLE])
        if title is None:
            problem(
                c.TITLE,
                f"没有这个荣誉称号：“{values[c.TITLE]}”。已有的称号：{_listing(lists.titles)}；"
                "新的称号请先在“荣誉称号”中添加。",
            )
    year = None
    if not values.get(c.YEAR):
        problem(c.YEAR, "荣誉年份不能为空。")
    else:
        year = _year(values[c.YEAR], EARLIEST_YEAR, c.YEAR, problem)
    problems += found
    if found:
        return None
    external_id = fields.get("external_id")
    key = (
        ("编号", external_id) if external_id else ("姓名", name, employer, fields.get("birth_year"))
    )
    return key, name, employer, fields, (title, year)


def _year(text, earliest, column, problem):
    latest = current_year()
    try:
        year = int(text.removesuffix("年"))
    except ValueError:
        problem(column, f"应为四位数的年份，如 {latest}，不是“{text}”。")
        return None
    if year > latest:
        problem(column, f"{year}年还没有到（不能晚于{latest}年）。")
    elif year < earliest:
        problem(column, f"{year}年太早了（不能早于{earliest}年）。")
    return year


def _listing(known):
    names = list(known)
    shown = "、".join(names[:LISTED])
    return f"{shown}等{len(names)}个" if len(names) > LISTED else shown or "（还没有）"


def _merge(person, row, values, problems):
    """A person's later rows must agree with the earlier ones on what both fill in."""
    for attribute, value in values.items():
        before = person.values.get(attribute)
        if before is not None and value is not None and before != value:
            first = person.rows[0].number
            column = next(col for col, attr in PERSON_FIELDS.items() if attr == attribute)
            problems.append(
                Problem(
                    row.sheet,
                    row.number,
                    column,
                    f"与第{first}行是同一人（{person.name}），但填写不同："
                    f"“{_shown(before)}”和“{_shown(value)}”。",
                )
            )
        elif value is not None:
            person.values[attribute] = value


def _shown(value):
    reverse = {v: k for k, v in GENDERS.items() if len(k) == 1}
    return reverse.get(value, str(value))


def _match(people, lists, problems):
    """Find each person's profile, and what the roll would change on it."""
    pages = list(
        HonoreePage.objects.defer_streamfields().select_related("employer_enterprise", "portrait")
    )
    by_id, by_name = {}, {}
    for page in pages:
        if page.external_id:
            by_id.setdefault(page.external_id, []).append(page)
        by_name.setdefault(page.title, []).append(page)
    matched = []
    for person in people:
        row = person.rows[0]
        if person.key[0] == "编号":
            candidates = by_id.get(person.key[1], [])
            if not candidates:  # first time with an 编号: the profile may exist without it
                candidates = _by_name(by_name, person)
        else:
            candidates = _by_name(by_name, person)
        if len(candidates) > 1:
            problems.append(
                Problem(
                    row.sheet,
                    row.number,
                    c.NAME,
                    f"网站上有{len(candidates)}位“{person.name}”"
                    f"（{person.employer or '未填单位'}），"
                    "无法确定是哪一位：请填写出生年份或编号。",
                )
            )
            continue
        person.page = candidates[0] if candidates else None
        if person.page is not None:
            matched.append(person)
        _employer(person, lists)
    held = {}
    honours = Honour.objects.filter(page__in=[p.page.pk for p in matched]).values_list(
        "page_id", "title_id", "year"
    )
    for page_id, title_id, year in honours:
        held.setdefault(page_id, set()).add((title_id, year))
    for person in people:
        _changes(person, held.get(person.page.pk, set()) if person.page else set())


def _by_name(by_name, person):
    birth_year = person.values.get("birth_year")
    return [
        page
        for page in by_name.get(person.name, [])
        if _employer_of(page) == person.employer
        and (birth_year is None or page.birth_year in (None, birth_year))
    ]


def _employer_of(page):
    return page.employer_enterprise.title if page.employer_enterprise_id else page.employer_name


def _employer(person, lists):
    """工作单位 names an enterprise with a section: link to it; else keep the name."""
    if not person.employer:
        return
    enterprise = lists.enterprises.get(person.employer)
    if enterprise is not None:
        person.values["employer_enterprise"] = enterprise
        person.values["employer_name"] = ""
    else:
        person.values["employer_name"] = person.employer


def _changes(person, held):
    page = person.page
    if page is not None:
        for attribute, value in person.values.items():
            current = getattr(page, attribute)
            if attribute == "employer_name" and page.employer_enterprise_id:
                continue  # the profile links the enterprise by that same name
            if current != value:
                person.changes[attribute] = (current, value)
        portrait = page.portrait
        if person.photo and (portrait is None or portrait.file_hash != person.photo.sha1):
            person.changes["portrait"] = (portrait, person.photo)
    person.new_honours = [
        (title, year) for title, year in person.honours if (title.pk, year) not in held
    ]
