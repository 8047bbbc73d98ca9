"""Pinyin of Chinese names, for sorting and search.

Databases sort Chinese by code point, which means nothing to a reader, so
names are sorted by a pinyin key computed here. pypinyin reads a surname like
any other word (单 → dan, 曾 → ceng); the table below gives the surname reading.
"""

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Surnames whose reading differs from the character's everyday one.
SURNAME_READINGS = {
    "万俟": ["mo", "qi"],
    "尉迟": ["yu", "chi"],
    "长孙": ["zhang", "sun"],
    "单于": ["chan", "yu"],
    "单": ["shan"],
    "曾": ["zeng"],
    "解": ["xie"],
    "仇": ["qiu"],
    "朴": ["piao"],
    "查": ["zha"],
    "区": ["ou"],
    "盖": ["ge"],
    "缪": ["miao"],
    "乐": ["yue"],
    "翟": ["zhai"],
    "覃": ["qin"],
    "柏": ["bai"],
    "秘": ["bi"],
    "种": ["chong"],
    "召": ["shao"],
    "员": ["yun"],
    "宓": ["mi"],
    "隗": ["wei"],
    "句": ["gou"],
    "纪": ["ji"],
    "重": ["chong"],
    "沈": ["shen"],
    "任": ["ren"],
    "华": ["hua"],
    "薄": ["bo"],
}


def name_syllables(name):
    """Return the toneless pinyin syllables of a personal name, surname read as a surname."""
    name = (name or "").strip()
    for length in (2, 1):
        surname = name[:length]
        if len(name) > length and surname in SURNAME_READINGS:
            return SURNAME_READINGS[surname] + lazy_pinyin(name[length:], style=Style.NORMAL)
    return lazy_pinyin(name, style=Style.NORMAL)


def name_pinyin(name):
    """'王芳' → 'wang fang' (lower case, syllables separated by spaces)."""
    return " ".join(s.lower() for s in name_syllables(name) if s.strip())


def name_initial(name):
    """'王芳' → 'W': the letter the A–Z strips and alphabetical headings group by."""
    pinyin = name_pinyin(name)
    first = pinyin[:1].upper()
    return first if first.isascii() and first.isalpha() else "#"


@lru_cache(maxsize=4096)
def sort_key(text):
    """The key a list of names other than people's (enterprises, sculptures, tags) sorts
    by: pinyin syllable by syllable, the text itself breaking ties. '平高集团' sorts as
    'ping gao ji tuan'; a person's name sorts by name_pinyin() (surname readings)."""
    text = (text or "").strip()
    syllables = lazy_pinyin(text, style=Style.NORMAL)
    return " ".join(s.strip().lower() for s in syllables if s.strip()), text


def by_pinyin(items, name=str):
    """The items sorted by the pinyin of their names (name(item) gives the name)."""
    return sorted(items, key=lambda item: sort_key(name(item)))
