"""*According to* adjuncts and hearsay words.

*according to X* and *by one account* adjuncts (a sentence-initial one reports the rest of its
sentence after its comma), participial *citing X*, and the hearsay words *reportedly,
allegedly, so-called, alleged, reported*: no source and no content (MARKERS.md).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CueEntry
from .plumbing import (
    _char_range,
    _Draft,
    _subtree_range,
)
from .sources import (
    FIRST_PERSON,
    is_speaker,
    source_span,
)

#: norms an act can follow: *according to* one of them after its verb means *in accordance
#: with* (Quirk et al. 1985, 9.7), not a source
NORM_NOUNS = frozenset("standard law legislation rule agreement treaty need policy procedure "
                       "plan schedule guideline principle regulation constitution convention "
                       "criterion requirement protocol practice".split())
#: nouns of a point of view for *in X's view, in the opinion of X* (``[prep]`` cue *in*):
#: viewpoint adjuncts (Quirk et al. 1985, 8.126), an according_to source
VIEW_NOUNS = frozenset("view opinion estimation judgment judgement eyes words".split())
#: nouns of an account for *by one account / by some estimates* (``[prep]`` cue *by*)
ACCOUNT_NOUNS = frozenset("account accounting estimate estimates count tally reckoning"
                          .split())


class AdjunctRules:
    """The adjunct and hearsay rules (a mixin of the detector)."""

    def adjunct(self, token: Token) -> _Draft | None:
        doc = self.doc
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            entry = self.table.preps.get("according to")
            if entry is None:
                return None
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or \
                      [c for c in token.children if c.dep_ == "pobj"]
            if not objects:
                return None
            source = objects[0]
            if source.lemma_.lower() in NORM_NOUNS and token.head.pos_ in ("VERB", "AUX") and \
                    token.head.i < token.i:
                return None  # treated according to international standards, registered
                # according to national legislation: conformity with a norm, in the manner
                # of the act (Quirk et al. 1985, 9.7), not a source of what is said
            noun = self.table.nouns.get(source.lemma_.lower())
            if noun is not None and noun.stance == "directive":
                return None  # according to the request of X: in accordance with it (Quirk et
                # al. 1985, 9.7), not a source; the noun is a relation of its own (nouns.py)
            cue = (token.idx, to.idx + len(to))
            skip = {t.i for t in token.subtree} | {to.i} | {t.i for t in source.subtree}
            content = self.following_clause(skip) or self.fronted_clause(token, skip) or \
                self.clause_part(self.host_clause(token, skip), cue)
            self.used.add(to.i)
            return _Draft(cue, source, source_span(source), content, "according_to",
                          entry.stance, "adjunct:according to", token)
        if lower == "in" and token.dep_ == "prep" and "in" in self.table.preps:
            viewpoint = self.viewpoint(token)
            if viewpoint is not None:
                return viewpoint
        if lower == "by" and token.dep_ == "prep" and "by" in self.table.preps:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].lemma_.lower() in ACCOUNT_NOUNS:
                source = objects[0]
                skip = {t.i for t in token.subtree}
                content = self.following_clause(skip) or self.host_clause(token, skip)
                return _Draft((token.idx, token.idx + len(token)), source, source_span(source),
                              content, "according_to", self.table.preps["by"].stance,
                              "adjunct:by one account", token)
        return None

    def viewpoint(self, token: Token) -> _Draft | None:
        """*In its view, X*, *in the opinion of the court, X*: a viewpoint adjunct whose
        possessor or *of* phrase is a third party's (the writer's own *in my view* is a
        hedge, not an attribution)."""
        nouns = [c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in
                 VIEW_NOUNS and not any(g.dep_ == "det" and g.lower_ in ("a", "an", "this")
                                        for g in c.children)]
        if not nouns:
            return None
        noun = nouns[0]
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        if not owners or owners[0].lower_ in FIRST_PERSON or not (
                is_speaker(owners[0]) or owners[0].lower_ in ("its", "their", "his", "her")):
            return None  # (only a speaker has a view: its view is an institution's)
        source = owners[0]
        skip = {t.i for t in token.subtree}
        content = self.following_clause(skip) or self.fronted_clause(token, skip) or \
            self.host_clause(token, skip)
        self.used.update(t.i for t in token.subtree)
        return _Draft((token.idx, noun.idx + len(noun)), source, source_span(source), content,
                      "according_to", self.table.preps["in"].stance, "adjunct:in X's view",
                      token)

    def citing(self, token: Token, entry: CueEntry) -> _Draft | None:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not is_speaker(objects[0]):
            return None
        source = objects[0]
        content = self.host_clause(token, {t.i for t in token.subtree})
        return _Draft((token.idx, token.idx + len(token)), source, source_span(source), content,
                      "according_to", entry.stance, "adjunct:citing", token)

    def fronted_clause(self, token: Token, skip: set[int]) -> tuple[int, int] | None:
        """The rest of the sentence after a sentence-initial adjunct and its comma
        (*According to X, A, B, and C.*): the adjunct reports all of it, coordinated
        clauses included, and not a relative clause of its own source."""
        doc = self.doc
        sentence = token.sent
        if any(not t.is_punct for t in doc[sentence.start:token.i]):
            return None
        commas = [t for t in doc[max(skip) + 1:sentence.end] if t.text == ","]
        if not commas:
            return None
        tokens = self.same_line(list(doc[commas[0].i + 1:sentence.end]), token)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        return self.extend_to_quotes(_char_range(tokens), (token.idx, token.idx + 1))

    def following_clause(self, skip: set[int]) -> tuple[int, int] | None:
        """The clause an inserted adjunct introduces (*-by one account, 151 were killed-*):
        from its comma to the closing dash, semicolon or the sentence end, when a dash
        opens the insertion."""
        doc = self.doc
        first, last = min(skip), max(skip)
        if first == 0 or doc[first - 1].text not in ("–", "—", "-", "(") or \
                last + 2 >= len(doc) or doc[last + 1].text != ",":
            return None
        sentence_end = doc[last].sent.end
        tokens = []
        for t in doc[last + 2:sentence_end]:
            if t.text in ("–", "—", ";", ")"):
                break
            tokens.append(t)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        return _char_range(tokens)

    def clause_part(self, content: tuple[int, int] | None,
                    cue: tuple[int, int]) -> tuple[int, int] | None:
        """The part of a host clause that an adjunct reports: a semicolon or a colon outside
        quotations separates clauses (or list items) of which only the cue's own one is
        reported (*... in 2016; 193 million last year according to the UN*)."""
        if content is None:
            return None
        start, end = content
        text = self.text
        for i in range(cue[0] - 1, start - 1, -1):
            if text[i] in ";:" and self.quote_at(i) is None:
                start = i + 1
                break
        for i in range(cue[1], end):
            if text[i] in ";:" and self.quote_at(i) is None:
                end = i
                break
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n.,":
            end -= 1
        if start >= cue[0] and end <= cue[1]:
            return content  # nothing but the cue itself is left: keep the whole clause
        return start, end

    @staticmethod
    def inserted(head: Token, skip: set[int]) -> bool:
        """Whether the adjunct ``skip`` stands inside ``head``'s clause, with words of the
        clause (not only a conjunction or punctuation) before and after it."""
        subtree = list(head.subtree)
        if not skip <= {t.i for t in subtree}:
            return False
        before = [t for t in subtree if t.i < min(skip) and not t.is_punct
                  and t.dep_ not in ("mark", "cc")]
        after = [t for t in subtree if t.i > max(skip) and not t.is_punct]
        return bool(before) and bool(after)

    def host_clause(self, token: Token, skip: set[int]) -> tuple[int, int] | None:
        """The clause an adjunct attaches to (its verb's subtree), without the adjunct."""
        head = token.head
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
                break
            head = head.head
        while head.dep_ == "conj" and head.head.i < head.i and skip and min(skip) > head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            head = head.head  # X is A and stands at B, as I announced: the whole predicate
        if skip and min(skip) < head.i:  # As we stated, A and B welcomes X: A alone
            skip = skip | {t.i for c in head.children if c.dep_ == "conj" and c.i > head.i
                           and any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                   for g in c.children) for t in c.subtree} | {
                c.i for c in head.children if c.dep_ == "cc" and c.i > head.i and any(
                    d.dep_ == "conj" and d.i > c.i and any(
                        g.dep_ in ("nsubj", "nsubjpass", "expl") for g in d.children)
                    for d in head.children)}
        tokens = [t for t in _subtree_range(head, skip) if t.i not in skip]
        if skip and self.inserted(head, skip):  # the plan, as he said, will fail
            tokens = [t for t in head.subtree if t.i not in skip]
        # a vocative the parser took for a subject, beside the clause's own subject after
        # the adjunct (Colleagues, as we have heard, it is now three years since X)
        vocative = {u.i for c in head.children if c.dep_ == "nsubj" and skip and c.i < min(skip)
                    and any(g.dep_ in ("nsubj", "expl") and max(skip) < g.i < head.i
                            for g in head.children) for u in c.subtree}
        if skip and min(skip) < head.i and all(
                t.dep_ in ("advmod", "cc", "punct") and t.head == head or t.is_space
                or t.i in vocative for t in tokens if t.i < min(skip)):
            # a connective or a vocative before a fronted adjunct is the writer's (Still, as
            # X noted, Y)
            tokens = [t for t in tokens if t.i > min(skip)]
            # a fronted adjunct ends at its comma (As I said ...,); an inserted one (the
            # plan, as he said, will fail) leaves the clause around it whole
            commas = [t.i for t in tokens if t.text == "," and max(skip) < t.i < head.i]
            clauses = {u.i for c in head.children if c.dep_ == "advcl" and c.i > max(skip)
                       for u in c.subtree}  # As X noted, when A fails, B: A is said too
            if commas and not any(max(skip) < i < commas[0] for i in clauses):
                tokens = [t for t in tokens if t.i > commas[0]]
        return _char_range(tokens)

    # hearsay words -------------------------------------------------------------------
    def hearsay(self, token: Token) -> _Draft | None:
        lower = token.lower_
        doc = self.doc
        if token.pos_ == "ADV" or token.tag_ == "RB":
            entry = self.table.adverbs.get(lower)
            if entry is not None and "not_speech" not in entry.tags:
                return _Draft((token.idx, token.idx + len(token)), None, None, None, "indirect",
                              entry.stance, f"hearsay:{entry.cue}", token)
        # so-called / so called
        if lower == "so" and token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            last = nxt
            if nxt.text in ("-", "‐") and token.i + 2 < len(doc):
                last = doc[token.i + 2]
            if last.lower_ == "called" and last.dep_ in ("amod", "advmod", "compound") or (
                    last.lower_ == "called" and nxt.text in ("-", "‐")):
                entry = self.table.adjectives.get("so-called")
                if entry is not None:
                    self.used.update(range(token.i, last.i + 1))
                    return _Draft((token.idx, last.idx + len(last)), None, None, None,
                                  "indirect", entry.stance, "hearsay:so-called", token)
        if lower not in self.table.adjectives:
            return None  # no hearsay adjective: the tests below cannot succeed
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        after_function_word = token.i > 0 and doc[token.i - 1].pos_ in (
            "CCONJ", "ADP", "DET", "ADJ", "NUM", "PUNCT")
        own_arguments = {c.dep_ for c in token.children}
        bare_participle = token.tag_ in ("VBN", "VBD", "JJ") and nxt is not None and \
            nxt.pos_ in ("ADJ", "NOUN") and after_function_word and not own_arguments & {
                "nsubj", "nsubjpass", "aux", "auxpass", "agent", "ccomp"} and (
                "dobj" not in own_arguments or nxt.pos_ == "ADJ")  # and alleged wilful insult
        if token.dep_ in ("amod", "compound") or bare_participle:
            entry = self.table.adjectives.get(lower)
            if entry is not None and "not_speech" not in entry.tags:
                return _Draft((token.idx, token.idx + len(token)), None, None, None, "indirect",
                              entry.stance, f"hearsay:{entry.cue}", token)
        return None
