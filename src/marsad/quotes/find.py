"""Find reported speech in a document: the pure `find_quotes(doc)` and the reading behind it."""
from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc, Quote, Sentence, Span
from ..text.normalize import normalize
from .content import Found, find_contents
from .cues import Attribution, Cue, find_attributions, find_cues, source_end
from .lexicon import QuoteLexicon, closed_class, load
from .names import name_start, prefer_name
from .sources import (ChainState, Registry, Source, describe_source, entities_in,
                      without_repeats)
from .speakers import (Subject, entity_before, initial_subject, left_subject, media_name,
                       relative_subject, right_subject)
from .view import View, quoted_name, sentence_views

OPENERS_OF_SENTENCE = closed_class("sentence_openers")


@dataclass(frozen=True)
class Analysis:
    """Quotes of a document and the source chain governing each body sentence."""

    quotes: tuple[Quote, ...]
    sentences: tuple[tuple[Sentence, tuple[Span, ...]], ...]
    sources: dict[tuple[int, int], Source]


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and indirect quotes of the body sentences, with speakers and source chains."""
    return list(analyse(doc).quotes)


def analyse(doc: Doc) -> Analysis:
    """Read the body sentences in order, carrying speakers and attributions from one to the next."""
    reader = Reader(doc, load())
    for v in sentence_views(doc, doc.body_sentences()):
        reader.read(v)
    return reader.result()


class Reader:
    """The state of one reading: the last speaker, sources met so far, the chain in force."""

    def __init__(self, doc: Doc, lex: QuoteLexicon) -> None:
        self.doc, self.lex = doc, lex
        self.registry = Registry(doc, lex)
        self.chains = ChainState()
        self.last: tuple[Span, Span | None] | None = None
        self.quotes: list[Quote] = []
        self.sentences: list[tuple[Sentence, tuple[Span, ...]]] = []
        self.described: dict[tuple[int, int], Source] = {}

    def read(self, v: View) -> None:
        """Find, attribute and chain the quotes of one sentence."""
        atts = find_attributions(v, self.lex)
        cues = find_cues(v, self.lex)
        found = find_contents(v, cues, atts, self.lex)
        relays = self._relays(v, atts, found)
        seen: list[tuple[Span, Span | None, "Found | None"]] = []
        top: list[tuple[Span, ...]] = []
        for f in found:
            self._speaker(v, f, atts, cues, seen)
            if f.start is None or f.cue.negated:
                continue
            self._chain(v, f, relays)
            if f.parent is None:
                top.append(f.chain)
                self.chains.current = f.chain
            self._emit(v, f)
        chain = self.chains.sentence_chain(relays, top[0] if top else None)
        self.sentences.append((v.sent, without_repeats(chain)))

    def result(self) -> Analysis:
        """The quotes and sentence chains read so far, with every chain member described."""
        for q in self.quotes:
            for s in q.source_chain:
                self._describe(s)
        return Analysis(tuple(self.quotes), tuple(self.sentences), dict(self.described))

    def _relays(self, v: View, atts: list[Attribution], found: list[Found]) -> tuple[Span, ...]:
        """Sentence-level attributions («وفقًا لما ذكرته قناة …»), resolved and remembered."""
        out = []
        for a in atts:
            inside = any(f.region[0] <= a.i < f.region[1] for f in found if f.start is not None)
            if a.kind == "inner" and inside:
                continue
            span = self._source_span(v, a.src_i, a.src_j)
            resolved = self.registry.resolve(span)
            if resolved is None:
                self.registry.add(span, v.span(a.src_i, a.src_j))
            out.append(resolved or span)
        return tuple(out)

    def _source_span(self, v: View, i: int, j: int) -> Span:
        """The span naming a source: an outlet's name, a person's name, or the phrase."""
        e = v.entity_at(i)
        if self.lex.is_source_word(v.stem(i), "media"):
            return media_name(v, i, self.lex)
        if e is not None and e.sector == "MED":
            return self.doc.span(e.start, e.end)
        return prefer_name(v, i, j, [], self.lex)

    def _speaker(self, v: View, f: Found, atts: list[Attribution], cues: list[Cue],
                 seen: list[tuple[Span, Span | None, "Found | None"]]) -> None:
        """Find the speaker: explicit, before the verb, a relative's antecedent, or carried over."""
        cue = f.cue
        f.subject = self._subject(v, f, atts)
        speaker = f.subject.span if cue.verb.kind != "cont" else None
        sure = speaker is not None and (f.start is not None or cue.negated
                                        or self._named_subject(v, f.region[0], speaker))
        if speaker is None and cue.verb.kind != "cont":
            speaker = self._before_verb(v, cue, cues)
            f.from_left = sure = speaker is not None
        if speaker is None and cue.verb.kind == "cont":
            speaker = entity_before(v, cue.i, self.lex) or self._attributed_before(v, cue, atts)
            peers = [s for s in seen if s[2] is f.parent]  # «… بأن ما صرح به بوتين …، لافتا»
            if speaker is None and peers:
                f.speaker, f.resolved = peers[-1][:2]
                return
            speaker = speaker or initial_subject(v, self.lex)
            sure = speaker is not None
        if speaker is None:
            self._carry(v, f, seen)
            return
        f.speaker, f.resolved = speaker, self._resolve(speaker)
        if not sure:
            return  # «أوضح العلاقة التي …»: without content, what follows the verb may be its object
        if f.resolved is None:
            self.registry.add(speaker)
        seen.append((f.speaker, f.resolved, f.parent))
        if f.parent is None:
            self.last = (f.speaker, f.resolved)

    def _carry(self, v: View, f: Found, seen: list[tuple[Span, Span | None, "Found | None"]]) -> None:
        """A verb without a subject: the enclosing quote's speaker, the sentence's, or the last one."""
        carried = (f.parent.speaker, f.parent.resolved) if f.parent is not None else None
        if carried is None and f.start is not None and not self._initial(v, f):
            first = initial_subject(v, self.lex)  # «وتطرق الأمير …، حيث قال:»
            carried = (first, self._resolve(first)) if first is not None else None
        carried = carried or self.last
        if carried is not None:
            f.speaker, f.resolved = carried
            seen.append((*carried, f.parent))

    def _attributed_before(self, v: View, cue: Cue, atts: list[Attribution]) -> Span | None:
        """«بحسب وكالة دوغان موضحة أن …»: the participle continues the attributed source."""
        hit = next((a for a in atts if a.src_j == cue.i and not v.comma_before(cue.i)), None)
        return None if hit is None else self._source_span(v, hit.src_i, hit.src_j)

    def _subject(self, v: View, f: Found, atts: list[Attribution]) -> Subject:
        """The subject phrase after the verb; «نقلت X عن Y أن», «نقل X على لسان Y قوله»: Y said it,
        and X relays it (X ← Y), as analysts attribute it."""
        a, b = f.region
        if f.cue.verb.kind == "relay" and (k := _cited_at(v, a, b)) is not None:
            said = self._source_span(v, k, source_end(v, k, self.lex, b))
            found = right_subject(v, a, k, atts, self.lex)
            relay = (found.span,) if found.span is not None else ()
            return Subject(said, found.told + relay, found.inner)
        subject = right_subject(v, a, b, atts, self.lex)
        inner = tuple(self._resolve(s) or s for s in subject.inner)
        return Subject(subject.span, subject.told, inner)

    def _before_verb(self, v: View, cue: Cue, cues: list[Cue]) -> Span | None:
        """«توماس باراك، الذي أعلن», «الهيئة … أعلنت»: the subject written before the verb."""
        if cue.i > 0 and v.stem(cue.i - 1) in self.lex.words("relative"):
            return relative_subject(v, cue.i - 1, self.lex)
        if v.toks[cue.i].prefix == "":
            return left_subject(v, cue.i, {c.i for c in cues}, self.lex)
        return None

    def _resolve(self, span: Span) -> Span | None:
        """A name's full mention («ماكرون» → «إيمانويل ماكرون») or a description's antecedent."""
        for e in self.doc.entities:
            if e.start == span.start and e.end == span.end and e.antecedent is not None:
                ante = next((x for x in self.doc.entities if x.start == e.antecedent), None)
                if ante is not None and ante.text != e.text:
                    return self.doc.span(ante.start, ante.end)
        return self.registry.resolve(span)

    def _chain(self, v: View, f: Found, relays: tuple[Span, ...]) -> None:
        """The quote's source chain, outermost first (the publishing outlet is the doc's `outlet`)."""
        who = self._member(f.resolved or f.speaker)
        told, inner = tuple(f.subject.told), tuple(f.subject.inner)
        for s in told + inner:
            self.registry.add(s)
        if f.parent is not None:
            mine = () if who is None or _same(who, f.parent.chain[-1:]) else (who,)
            f.chain = f.parent.chain + told + mine + inner
            return
        nest = not self._initial(v, f) and who is not None and not self._proper(who) \
            and self._tail_anonymous()
        f.chain = self.chains.quote_chain(who, relays, told, inner, nest)

    def _initial(self, v: View, f: Found) -> bool:
        """Whether the cue opens its sentence («وقال …», «ومن جانبه، اعتبر …», «X أعلنت …»)."""
        i = f.cue.i
        words = v.words[:i]
        return (all(w in OPENERS_OF_SENTENCE for w in words) or (v.comma_before(i) and i <= 4)
                or (f.from_left and f.speaker is not None and f.speaker.start <= v.toks[min(1, i)].end))

    def _member(self, span: Span | None) -> Span | None:
        """A speaker as a chain member: an outlet by its name («موقع «أكسيوس» الأمريكي» → «أكسيوس»)."""
        if span is None or self._describe(span).kind != "outlet":
            return span
        inside = [e for e in entities_in(self.doc, span) if e.sector == "MED"]
        if inside:
            return self.doc.span(inside[0].start, inside[0].end)
        quoted = quoted_name(self.doc.text, span.start, span.end)
        if quoted:
            return self.doc.span(*quoted)
        head, _, rest = span.text.partition(" ")
        if rest and self.lex.is_source_word(normalize(head), "media"):  # «صحيفة تايمز» → «تايمز»
            return self.doc.span(span.start + len(head) + 1, span.end)
        return span

    def _named_subject(self, v: View, a: int, span: Span) -> bool:
        """A name right after the verb (or in apposition to its subject) is its subject, even when
        no content was found: «أنكر المتحدث باسم الكرملين، دميتري بيسكوف، اتهامات …»."""
        if a >= len(v.toks) or len(v.text[v.start(a):span.start].split()) > 4:
            return False
        k = next((k for k in range(a, len(v.toks)) if v.toks[k].end > span.start), a)
        return self._proper(span) or name_start(v, k)

    def _proper(self, span: Span) -> bool:
        """Whether a speaker is a name (a person, organisation or country), not a description."""
        return any(e.label in ("PER", "ORG") or (e.label == "LOC" and e.start == span.start)
                   for e in entities_in(self.doc, span))

    def _tail_anonymous(self) -> bool:
        """Whether the chain in force ends with an anonymous source narrating the report."""
        cur = self.chains.current
        return bool(cur) and self._describe(cur[-1]).kind == "anonymous"

    def _describe(self, span: Span) -> Source:
        """`describe_source`, cached per span."""
        key = (span.start, span.end)
        if key not in self.described:
            self.described[key] = describe_source(self.doc, span, self.lex)
        return self.described[key]

    def _emit(self, v: View, f: Found) -> None:
        """Record the `Quote`."""
        cue = self._said_word(v, f) or self.doc.span(v.start(f.cue.i), v.toks[f.cue.j - 1].end)
        self.quotes.append(Quote(cue=cue, content=self.doc.span(f.start, f.end), speaker=f.speaker,
                                 direct=f.direct, source_chain=without_repeats(f.chain),
                                 speaker_resolved=f.resolved, stance=f.cue.verb.stance))

    def _said_word(self, v: View, f: Found) -> Span | None:
        """«نقلت رويترز عن الوزير قوله: …»: the «قوله» that hands the cited one the words is the cue."""
        k = f.region[1] - 1
        if f.cue.verb.kind != "relay" or k < f.region[0] or k >= len(v.toks):
            return None
        said = self.lex.forms.get(v.words[k])
        return self.doc.span(v.start(k), v.toks[k].end) if said is not None and said.kind == "extend" else None


def _same(span: Span, chain: tuple[Span, ...]) -> bool:
    """Whether `span` is the chain's last member."""
    return bool(chain) and (chain[-1].start, chain[-1].end) == (span.start, span.end)


CITED_OPENERS = tuple(tuple(normalize(w) for w in p.split()) for p in closed_class("cited_openers"))


def _cited_at(v: View, a: int, b: int) -> int | None:
    """Where the one a relay verb cites starts in its region: after «عن» or «على لسان»."""
    for k in range(a, b - 1):
        for words in CITED_OPENERS:
            j = k + len(words)
            if j < b and tuple(v.words[k:j]) == words:
                return j
    return None
