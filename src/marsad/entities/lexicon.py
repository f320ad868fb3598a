"""The gazetteers as one look-up table from normalised token sequences to entries."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import read_lines, read_tsv, read_yaml, word_class
from ..text.normalize import normalize
from ..text.tokens import strip_article

Key = tuple[str, ...]
# Which source wins when two give the same key: curated actors beat generated places.
RANK = {"actor": 6, "metonym": 5, "country": 4, "admin1": 3, "demonym": 3, "city": 2,
        "fullname": 1}


@dataclass(frozen=True, slots=True)
class Entry:
    """What the gazetteers know about one surface form."""

    label: str
    kind: str
    kb_id: str | None = None
    country: str | None = None
    name: str | None = None
    sector: str | None = None
    population: int = 0
    cued: bool = False  # a common word that names this place only after «مدينة», «محافظة» …

    @property
    def rank(self) -> tuple[int, int]:
        """Order among entries competing for one key."""
        return RANK.get(self.kind, 0), self.population


def key_of(form: str) -> Key:
    """The look-up key of a surface form: normalised words, each without its article."""
    return tuple(strip_article(w) for w in normalize(form).split())


@dataclass
class Lexicon:
    """Surface-form keys to entries, plus the word lists the rules need.

    Forms written with the article (السورية, الولايات المتحدة) and without it (سورية, باريس) are
    kept apart: «السورية» is the adjective, «سورية» the country.
    """

    definite: dict[Key, Entry]
    bare: dict[Key, Entry]
    max_len: int
    name_parts: dict[str, tuple[str, int]]
    stop: frozenset[str]
    function_words: frozenset[str]
    first_word: dict[str, int] = field(default_factory=dict)
    # every place a form may name, for linking it by the document's country («البيضاء»: LBY, YEM)
    places: dict[tuple[bool, Key], list[Entry]] = field(default_factory=dict)

    def add(self, form: str, entry: Entry) -> None:
        """Keep the better-ranked entry for a form."""
        key = key_of(form)
        if not key or not all(key):
            return
        table = self.definite if normalize(form).startswith("ال") else self.bare
        old = table.get(key)
        if old is None or _better(entry, old):
            table[key] = entry
            self.max_len = max(self.max_len, len(key))
            self.first_word[key[0]] = max(self.first_word.get(key[0], 0), len(key))

    def add_place(self, form: str, entry: Entry) -> None:
        """Keep a place among the form's alternatives, and as its entry when it ranks best."""
        self.add(form, entry)
        key = key_of(form)
        if key and all(key):
            self.places.setdefault((normalize(form).startswith("ال"), key), []).append(entry)

    def alternatives(self, key: Key, definite: bool) -> list[Entry]:
        """Every place a key may name."""
        return self.places.get((definite, key), [])

    def longest_from(self, first: str) -> int:
        """Length of the longest key that starts with this word (0 when none does)."""
        return self.first_word.get(first, 0)

    def get(self, key: Key, definite: bool) -> Entry | None:
        """The entry for a key as written with or without the article."""
        return (self.definite if definite else self.bare).get(key)

    def __len__(self) -> int:
        return len(self.definite) + len(self.bare)

    def name_part(self, tok_text: str, norm: str) -> tuple[str, int] | None:
        """(role, count) of a person-name part; function words (على ≠ علي) never are."""
        if tok_text in self.function_words:
            return None
        return self.name_parts.get(norm)


NAMESAKE_CITY = 100_000  # a city this large is what its namesake province's name means in news


def _better(new: Entry, old: Entry) -> bool:
    """Whether `new` should replace `old` for one form.

    «القدس», «إدلب»: a large city beats the province named after it, whose rank is higher.
    """
    pair = {new.kind, old.kind}
    if pair == {"city", "admin1"} and max(new.population, old.population) >= NAMESAKE_CITY:
        city = new if new.kind == "city" else old
        return new is city and city.population >= NAMESAKE_CITY
    return new.rank > old.rank


def _kb(qid: str | None, geonames: str | None = None) -> str | None:
    """A QID, else `geonames:ID`, else None."""
    if qid:
        return qid
    return f"geonames:{geonames}" if geonames else None


def _add_actors(lex: Lexicon) -> None:
    """Curated people and organisations (data/actors.yaml)."""
    heads = media_heads()
    for a in read_yaml("actors.yaml"):
        entry = Entry(a["type"], "actor", a.get("qid"), a.get("country"), a.get("en"), a.get("sector"))
        forms = a.get("ar") or ()
        for form in forms:
            head, _, rest = form.partition(" ")
            if key_of(head) in heads and rest in forms:
                continue  # «قناة الجزيرة»: the outlet is «الجزيرة», the head stays outside
            lex.add(form, entry)
        for form in a.get("latin") or ():
            lex.add(form, entry)  # «CNN», «FBI»: acronyms news keeps in Latin letters


@lru_cache(maxsize=1)
def media_heads() -> frozenset[Key]:
    """Keys of the head nouns that introduce an outlet's name (قناة، صحيفة، موقع …)."""
    return frozenset(key_of(r["head"]) for r in read_tsv("entities/org_heads.tsv")
                     if r["quoted"] == "yes")


def _add_places(lex: Lexicon) -> None:
    """Countries, first-level subdivisions, cities, curated world regions and landmarks."""
    for r in read_tsv("gazetteer/countries.tsv"):
        lex.add(r["ar"], Entry("LOC", "country", _kb(r["qid"], r["geonames_id"]), r["iso3"], r["en"],
                               population=10**9))
    for r in read_tsv("gazetteer/places.tsv"):
        if normalize(r["ar"]) in lex.stop:
            continue
        pop = int(r["population"] or 0)
        form = _without_trigger(r["ar"])
        lex.add_place(form, Entry("LOC", r["kind"], _kb(r["qid"], r["geonames_id"]), r["country"] or None,
                                  r["en"], population=pop, cued=form != r["ar"] and normalize(form) in lex.stop))
    for r in read_tsv("entities/regions.tsv"):
        lex.add(r["form"], Entry("LOC", "region", r["qid"] or None, None, r["en"], population=10**7))
    for r in read_tsv("entities/landmarks.tsv"):
        lex.add(r["form"], Entry("LOC", "landmark", r["qid"] or None, r["country"] or None, r["en"],
                                 population=10**7))
    for r in read_tsv("entities/metonyms.tsv"):
        lex.add(r["form"], Entry("LOC", "metonym", r["qid"] or None, r["country"], r["en"],
                                 population=10**8))


def _without_trigger(form: str) -> str:
    """«محافظة السويداء» is listed as «السويداء»: the analyst's span leaves the trigger word out."""
    first, _, rest = form.partition(" ")
    strong = {k for k, r in word_table("entities/place_triggers.tsv", "word").items()
              if r["strength"] == "strong"}
    return rest if rest and key_of(first) in strong else form


def _add_people_and_groups(lex: Lexicon) -> None:
    """Full person names and demonyms."""
    for r in read_tsv("gazetteer/person_fullnames.tsv"):
        lex.add(r["ar"], Entry("PER", "fullname", r["qid"] or None, None, r["en"] or None))
    for r in read_tsv("gazetteer/demonyms.tsv"):
        lex.add(r["form"], Entry("NORP", "demonym", None, r["country"] or None, None))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Every gazetteer, loaded once per process."""
    stop = frozenset(normalize(w) for w in read_lines("gazetteer/place_stoplist.txt"))
    parts = {normalize(r["ar"]): (r["role"], int(r["count"] or 0))
             for r in read_tsv("gazetteer/person_names.tsv")}
    function = frozenset(read_lines("entities/function_words.txt"))
    lex = Lexicon({}, {}, 1, parts, stop, function)
    _add_places(lex)
    _add_people_and_groups(lex)
    _add_actors(lex)
    return lex


def closed_class(name: str) -> frozenset[str]:
    """One closed word class of data/entities/word_classes.yaml (normalised forms)."""
    return word_class("entities/word_classes.yaml", name)


@lru_cache(maxsize=None)
def word_table(relpath: str, column: str) -> dict[Key, dict[str, str]]:
    """A rules data file keyed by the look-up key of one column."""
    return {key_of(r[column]): r for r in read_tsv(relpath)}
