"""Chinese text as search terms, the same way when indexing and when querying.

Databases' full-text parsers (SQLite FTS5's unicode61, PostgreSQL's default parser)
split on spaces and punctuation only, so a run of Chinese characters is one word and
王芳 never matches 劳动模范王芳同志. Here text is cut into words before the database sees it:

- every Chinese character on its own and every pair of neighbouring characters
  (overlapping bigrams). A query of two or more characters becomes its bigrams, all of
  which must match; a single character matches itself. Bigrams need no dictionary
  (a segmenter such as jieba splits names it does not know in unpredictable ways) and
  find two-character names, which trigrams cannot.
- names also as pinyin: the syllables (wang, fang), the syllables joined (wangfang) and
  the initials (wf), so visitors can type a name without a Chinese input method.
- before all that, text is normalised: full-width letters and digits to half-width
  (NFKC), lower case, and traditional characters to simplified (OpenCC), so 劳動 finds 劳动.
"""

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import Style, lazy_pinyin

from exhibits.core.pinyin import name_syllables

# CJK Unified Ideographs with extension A, compatibility ideographs and extensions B–F.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
RUNS = re.compile(rf"[{HAN}]+|[a-z0-9]+")
# Longer inputs are cut: nobody types more, and terms grow with the length.
MAX_QUERY_LENGTH = 100
# Names are two to four characters; longer stretches of a title are joined only whole.
MAX_JOINED_SYLLABLES = 4

_to_simplified = opencc.OpenCC("t2s")


def is_han(text):
    return bool(text) and text[0] >= "\u3400"


@lru_cache(maxsize=4096)
def normalize(text):
    """Half-width, lower-case, simplified: the form both index and query are compared in."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _to_simplified.convert(text)


def runs(text):
    """The runs of Chinese characters and of letters/digits in normalised text."""
    return RUNS.findall(normalize(text))


def bigrams(run):
    return [run[i : i + 2] for i in range(len(run) - 1)]


def pinyin_terms(run, *, name=False):
    """wang, fang, wangfang and wf for 王芳 (read as a name, with surname readings).

    Also every two- to four-syllable stretch joined and as initials, so a name inside a
    longer title (王芳肖像) is still found by wangfang or wf.
    """
    syllables = name_syllables(run) if name else lazy_pinyin(run, style=Style.NORMAL)
    syllables = [s.lower() for s in syllables if s.isascii() and s.isalpha()]
    terms = list(syllables)
    for size in range(2, MAX_JOINED_SYLLABLES + 1):
        for start in range(len(syllables) - size + 1):
            window = syllables[start : start + size]
            terms.append("".join(window))
            terms.append("".join(s[0] for s in window))
    if len(syllables) > MAX_JOINED_SYLLABLES:
        terms.append("".join(syllables))
        terms.append("".join(s[0] for s in syllables))
    return terms


def index_terms(text, *, names=False):
    """The words stored for a text: characters, bigrams, latin words; pinyin for names."""
    terms = []
    for run in runs(text):
        if is_han(run):
            terms.extend(run)
            terms.extend(bigrams(run))
            if names:
                terms.extend(pinyin_terms(run, name=True))
        else:
            terms.append(run)
    return terms


def query_terms(text):
    """The words a query must all match: bigrams of Chinese, single characters, latin words."""
    terms = []
    for run in runs((text or "")[:MAX_QUERY_LENGTH]):
        if is_han(run):
            terms.extend(bigrams(run) if len(run) > 1 else [run])
        else:
            terms.append(run)
    # Each term once, in order: "王芳王芳" asks for no more than "王芳".
    return list(dict.fromkeys(terms))


def index_text(text, *, names=False):
    return " ".join(index_terms(text, names=names))


def query_text(text):
    return " ".join(query_terms(text))
