"""The regular expressions of the date strategies, built over normalised text from the data files.

Templates name their word lists as `%(MONTH)s`, `%(WD)s` …; every list comes from data/dates/.
Each pattern marks the expression with the group `x` when it needs context outside the span.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendar import alternation, months, numbers, relative, units, weekdays, zones

# A word start that lets the conjunctions و/ف and the prepositions ب/ل/ك stay glued in front
# («وأمس», «لعام 2018») while the expression itself starts after them.
START = r"(?:(?<!\w)|(?<=[وفبلك])(?<!\w\w)|(?<=[وف][بلك])(?<!\w\w\w))"
END = r"(?!\w)"
ERA = r"(?:ميلاديه|ميلادي|للميلاد|هجريه|هجري|للهجره|م|ه)"
APPROX = r"(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقرب\s+من|ما\s+يزيد\s+(?:عن|علي))"
YEAR_WORD = r"(?:ال|لل)?(?:عام|سنه)"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Word-list alternations by template name."""
    wd = {w: n for w, n in weekdays().items() if w.startswith("ال")}
    frag = {
        "S": START, "E": END, "ERA": ERA, "APX": APPROX, "YW": YEAR_WORD,
        "WD": alternation(wd), "MONTH": alternation(months()), "HMONTH": alternation(months("hijri")),
        "ORD": alternation(numbers("ordinal")), "ORDF": alternation(numbers("ordinal_f")),
        "CARD": alternation(numbers("cardinal")), "UNIT": alternation(units()),
        "ZONE": alternation(zones()),
    }
    for kind in ("day", "direction", "part", "daypart", "meridiem", "set", "vague", "not-date", "ago"):
        frag[kind.upper().replace("-", "")] = alternation(relative(kind))
    frag["MONTHX"] = (r"(?P<mo>(?:%(MONTH)s)(?:\s*[/\\(،,-]?\s*\(?\s*(?:%(MONTH)s)\s*\)?)?)" % frag)
    frag["GMT"] = r"غرينتش|غرينيتش|جرينتش|ت\s*غ|GMT|gmt|UTC"
    frag["MONTHX0"] = frag["MONTHX"].replace("(?P<mo>", "(?P<mo0>")
    frag["YEARX"] = (r"(?:\s*[،,/]?\s*(?:(?:من\s+)?%(YW)s\s+)?(?P<po>\(\s*)?(?P<y>\d{4})(?!\d)"
                     r"(?(po)\s*\))(?:\s*(?P<era>%(ERA)s)%(E)s)?)" % frag)
    frag["DIRX"] = (r"(?:\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?P<ydir>%(DIRECTION)s)"
                    r"|(?P<ythis>هذا|هذه)\s+(?:العام|السنه))|\s+(?P<dir>%(DIRECTION)s))" % frag)
    return frag


# strategy name -> templates tried by that strategy
TEMPLATES: dict[str, list[str]] = {
    "not-date": [r"%(S)s(?P<x>%(NOTDATE)s)%(E)s"],
    "absolute": [
        # «من 1 يناير إلى 31 ديسمبر 2017»: a range of days across months, the year written once
        r"%(S)s(?P<x>(?P<d0>(?<![\d.,])\d{1,2})\s+%(MONTHX0)s\s*(?:-|–|الي|حتي|وحتي|و)\s*"
        r"(?P<d>\d{1,2})(?!\d)\s*%(MONTHX)s(?:%(YEARX)s|%(DIRX)s)?)%(E)s",
        # «الأحد 04 يناير 2026», «التاسع من آب/أغسطس 2019», «11 ديسمبر من العام الماضي»
        r"%(S)s(?P<x>(?:(?:يوم\s+)?(?P<wd>%(WD)s)\s*[،,-]?\s*)?(?:(?:يوم|بتاريخ|تاريخ)\s+)?"
        r"(?:(?P<d0>(?<!\d)\d{1,2})\s*(?:-|–|وحتي|و|الي|حتي)\s*)?"
        r"(?:(?P<d>(?<![\d.,])\d{1,2})(?!\d)|(?P<od>%(ORD)s)\s+من|(?P<first>اول)(?=\s))\s*(?:من\s+)?"
        r"(?:شهر\s+)?%(MONTHX)s"
        r"(?:%(YEARX)s|%(DIRX)s)?)%(E)s",
        # «04/01/2026», «بتاريخ ( 15 / 1 / 1959 )», «2018-03-01»
        r"%(S)s(?P<x>(?:(?:بتاريخ|تاريخ)\s*(?P<po>\(\s*)?)?(?:(?P<wd>%(WD)s)\s*[،,-]?\s*)?(?<![\d/.:])"
        r"(?:(?P<nd>\d{1,2})\s*[/.-]\s*(?P<nm>\d{1,2})\s*[/.-]\s*(?P<ny>\d{4})"
        r"|(?P<iy>\d{4})\s*[/.-]\s*(?P<im>\d{1,2})\s*[/.-]\s*(?P<id>\d{1,2}))(?!\d)(?![/.:]\d)"
        r"(?(po)\s*\)))",
        # diary headings «بتاريخ 9 / 10 / 10 / ( 1940 )»: days 9 to 10 of October 1940
        r"%(S)s(?P<x>بتاريخ\s+(?P<d0>\d{1,2})\s*/\s*(?P<nd>\d{1,2})\s*/\s*(?P<nm>\d{1,2})\s*/\s*"
        r"\(\s*(?P<ny>\d{4})\s*\))",
        # «تشرين الثاني/نوفمبر 2017», «أوائل ديسمبر الماضي», «في مارس»
        r"%(S)s(?P<x>(?:(?P<pt>%(PART)s)\s+|بتاريخ\s+)?(?P<sh>شهر\s+)?%(MONTHX)s"
        r"(?:%(YEARX)s|%(DIRX)s)?)%(E)s",
        # «شباط ( 28 / 2 / 1945 )»: a month name with the full date in brackets (archive captions)
        r"%(S)s(?P<x>%(MONTHX)s\s*\(\s*(?P<nd>\d{1,2})\s*/\s*(?P<nm>\d{1,2})\s*/\s*(?P<ny>\d{4})\s*\))",
        # «عام 2019», «عام ( 1308 ) هجري», «أواخر عام 2017», «عامي 2016 و2017»
        r"%(S)s(?P<x>(?:(?P<pt>%(PART)s)\s+)?(?P<yw>%(YW)s|عامي|العامين|سنتي|بتاريخ)\s*(?P<po>\(\s*)?"
        r"(?P<y>\d{4})(?!\d)(?:\s*(?:-|–|/|وحتي|و|الي|حتي)\s*(?:%(YW)s\s+)?(?P<y2>\d{4})(?!\d))?"
        r"(?(po)\s*\))(?:\s*(?P<era>%(ERA)s)%(E)s)?)",
        # «مطلع 2019»
        r"%(S)s(?P<x>(?P<pt>%(PART)s)\s+(?P<y>\d{4})(?!\d))",
        # «( 1948 ) م»
        r"(?P<x>\(\s*(?P<y>\d{4})\s*\)\s*(?P<era>%(ERA)s))%(E)s",
        # a bare year: «في 2017», «(1948)», «1948م», «1936 - 1939» (context checked by the handler)
        r"(?<![\w.,/:-])(?P<x>(?P<y>\d{4})(?!\d)(?:\s*(?P<era>%(ERA)s)%(E)s|\s*[-–]\s*(?P<y2>\d{4})(?!\d))?)"
        r"(?![.,/:]?\d)",
    ],
    "hijri": [
        # «15 رمضان 1447 هـ», «شهر رمضان المقبل», «عام 1439 هـ» (the year form is in "absolute")
        r"%(S)s(?P<x>(?:(?:يوم\s+)?(?P<wd>%(WD)s)\s*[،,-]?\s*)?(?:(?P<d>(?<![\d.,])\d{1,2})(?!\d)\s*"
        r"|(?P<od>%(ORD)s)\s+من\s+)?(?:من\s+)?(?P<sh>شهر\s+)?(?P<hm>%(HMONTH)s)"
        r"(?:\s+(?:المبارك|الكريم|الفضيل|المعظم|الحرام))?"
        r"(?:\s*[،,]?\s*(?:(?:من\s+)?%(YW)s\s+)?(?P<po>\(\s*)?(?P<y>\d{4})(?!\d)(?(po)\s*\))"
        r"(?:\s*(?P<era>%(ERA)s)%(E)s)?|\s+(?P<dir>%(DIRECTION)s))?)%(E)s",
    ],
    "relative": [
        # «غدًا», «مساء أمس», «اليوم الثلاثاء», «بعد ظهر أمس الأربعاء»
        r"%(S)s(?P<x>(?:(?P<dp>%(DAYPART)s)\s+)?(?:(?:يوم|نهار)\s+)?(?P<rd>%(DAY)s)"
        r"(?:\s*[،,]?\s*(?:الموافق\s+)?(?P<wd>%(WD)s))?)%(E)s",
    ],
    "weekday": [
        # «الخميس الماضي», «يوم الجمعة القادمة», «مساء الأحد», a bare «الأربعاء»
        r"%(S)s(?P<x>(?:(?P<dp>%(DAYPART)s)\s+)?(?:(?P<yom>يوم|نهار)\s+)?(?P<wd>%(WD)s)"
        r"(?:\s+(?P<dir>%(DIRECTION)s))?)%(E)s",
    ],
    "period": [
        # «الأسبوع الماضي», «مطلع الشهر المقبل», «هذا العام», «15 من الشهر الجاري»
        r"%(S)s(?P<x>(?:(?:يوم\s+)?(?:(?P<d>(?<![\d.,])\d{1,2})|(?P<od>%(ORD)s))\s+(?:من\s+)?"
        r"(?=(?:هذا\s+)?(?:ال|لل)شهر)"
        r"|(?P<pt>%(PART)s)\s+)?"
        r"(?:(?P<this>هذا|هذه|هاي)\s+)?(?P<u>(?:ال|لل)(?:اسبوع|شهر|عام|سنه))"
        r"(?:\s+(?P<dir>%(DIRECTION)s))?)%(E)s",
        # «منذ 3 أيام», «قبل يومين», «بعد أسبوع», «قبل نحو ثلاثة أشهر»
        r"%(S)s(?P<x>(?P<ago>%(AGO)s)\s+(?:(?P<apx>%(APX)s)\s+)?"
        r"(?:(?P<n>(?<![\d.,])\d+)\s*|(?P<nw>%(CARD)s)\s+)?"
        r"(?P<u>%(UNIT)s)(?:\s+(?P<nw2>واحد|واحده))?)%(E)s",
    ],
    "time": [
        # «الساعة 10:30 صباحا», «09:36 م», «العاشرة مساء», «الساعة 07:44 بتوقيت غرينتش»
        r"%(S)s(?P<x>(?:(?:في\s+)?تمام\s+)?(?:(?P<al>(?:ال)?ساعه)\s+)?"
        r"(?:(?P<hh>(?<![\d.,:])\d{1,2})(?:\s*(?P<sep>[:.,])\s*(?P<mi>\d{2}))?(?![\d]|[.,:]\d)"
        r"|(?P<hw>%(ORDF)s))"
        r"(?:\s+و\s*(?:(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث)|(?P<fmw>%(CARD)s)(?:\s+دقيقه)?))?"
        # a meridiem that starts a day expression stays with it: «الساعة الثامنة مساء السبت»
        r"(?:\s*(?:من\s+)?(?P<ap>%(MERIDIEM)s)%(E)s(?!\s+(?:يوم\s+)?(?:%(WD)s|%(DAY)s)))?"
        r"(?:\s*(?:ب|حسب\s+|وفق\s+)?(?:ال)?توقيت\s+(?P<tz>المحلي|%(ZONE)s)%(E)s"
        r"|\s*(?P<gp>\()?(?P<gmt>%(GMT)s)(?!\w)(?(gp)\s*\)))?)",
    ],
    "duration": [
        # «لمدة 3 أيام», «30 ثانية», «عامين», «خمسة أعوام»
        r"%(S)s(?P<x>(?:(?P<pre>لمده|مده|طيله|طوال|علي\s+مدار|علي\s+مدي|لفتره|فتره)\s+)?"
        r"(?:(?P<apx>%(APX)s)\s+)?(?:(?P<n>(?<![\d.,])\d+(?:[.,]\d+)?)\s*|(?P<nw>%(CARD)s)\s+)?"
        r"(?P<u>%(UNIT)s)(?:\s+(?P<nw2>واحد|واحده))?)%(E)s",
    ],
    "set": [
        r"%(S)s(?P<x>(?P<st>%(SET)s)|كل\s+(?:يوم\s+)?(?P<swd>خميس|جمعه|سبت|ثلاثاء|اربعاء)"
        r"|كل\s+يوم\s+(?P<swd2>احد|اثنين)|ايام\s+(?P<swd3>%(WD)s)"
        r"|في\s+(?P<per>اليوم|الاسبوع|الشهر|العام|السنه))%(E)s",
    ],
    "vague": [r"%(S)s(?P<x>%(VAGUE)s)%(E)s",
              # historical periods: «الفترة العثمانية», «فترة الحكم العثماني»
              r"%(S)s(?P<x>(?:ال)?(?:فتره|حقبه)\s+(?:الحكم\s+)?(?!الت|الذ)ال\w+(?:يه|ي))%(E)s"],
}


@lru_cache(maxsize=1)
def zone_after() -> re.Pattern[str]:
    """A time zone named after a day-and-time («الساعة 8 صباح الأحد بتوقيت غرينتش»)."""
    return re.compile(r"\s*(?:(?:ب|حسب\s+|وفق\s+)?(?:ال)?توقيت\s+(?P<tz>المحلي|%(ZONE)s)(?!\w)"
                      r"|(?P<gp>\()?(?P<gmt>%(GMT)s)(?!\w)(?(gp)\s*\)))" % fragments())


@lru_cache(maxsize=None)
def compiled(strategy: str) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of one strategy."""
    frag = fragments()
    return tuple(re.compile(t % frag) for t in TEMPLATES[strategy])
