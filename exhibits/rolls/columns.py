"""The roll's columns: what the union's Excel sheets call each field of a person or an honour.

One row per honour; the person's columns repeat on each of their rows. Headers may come in
any order; a header not listed here is ignored with a warning.
"""

EXTERNAL_ID = "编号"
NAME = "姓名"
GENDER = "性别"
BIRTH_YEAR = "出生年份"
EMPLOYER = "工作单位"
POST = "岗位"
COUNTY = "县区"
INDUSTRY = "行业"
TITLE = "荣誉称号"
YEAR = "荣誉年份"
SUMMARY = "事迹简介"

# In the order the template and the export write them.
HEADERS = [
    EXTERNAL_ID,
    NAME,
    GENDER,
    BIRTH_YEAR,
    EMPLOYER,
    POST,
    COUNTY,
    INDUSTRY,
    TITLE,
    YEAR,
    SUMMARY,
]
# What Excel users also write for some headers.
ALIASES = {
    "序号编号": EXTERNAL_ID,
    "出生年": BIRTH_YEAR,
    "单位": EMPLOYER,
    "岗位/工种": POST,
    "岗位工种": POST,
    "工种": POST,
    "县（市、区）": COUNTY,
    "县(市、区)": COUNTY,
    "县市区": COUNTY,
    "称号": TITLE,
    "获奖年份": YEAR,
    "年份": YEAR,
    "简介": SUMMARY,
    "事迹": SUMMARY,
}
ERROR = "错误"


def canonical(header):
    """A header as written → the column it names, or None; spaces inside it are forgiven,
    and the aliases cover the usual other names (with either kind of parentheses)."""
    text = "".join(str(header or "").split())
    if text in HEADERS:
        return text
    return ALIASES.get(text)
