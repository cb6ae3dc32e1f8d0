from tactful.signals.text import Doc, Phrase, lexicon, match, scan


def phrase(pattern: str) -> Phrase:
    return Phrase(pattern, "cue", "x", 0.5)


def test_a_phrase_matches_only_at_word_boundaries() -> None:
    doc = Doc.of("Please refer me. I prefer meetings.")
    assert list(match(doc, phrase("refer me"))) == [(7, 15)]
    assert list(match(doc, phrase("fer"))) == []


def test_matching_ignores_case_and_spans_point_into_the_original_text() -> None:
    doc = Doc.of("Could we Hop On A Quick Call?")
    (start, end), = match(doc, phrase("hop on a quick call"))
    assert doc.text[start:end] == "Hop On A Quick Call"


def test_a_wildcard_stands_for_exactly_one_word() -> None:
    doc = Doc.of("we help SaaS companies grow; we help companies grow")
    spans = list(match(doc, phrase("we help * companies")))
    assert [doc.text[s:e] for s, e in spans] == ["we help SaaS companies"]


def test_line_breaks_and_curly_quotes_do_not_hide_a_phrase() -> None:
    doc = Doc.of("I’d love a quick\ncall")
    assert list(match(doc, phrase("a quick call")))
    assert list(match(doc, phrase("i'd love")))


def test_scan_quotes_each_occurrence_as_evidence() -> None:
    doc = Doc.of("Demo? A demo!")
    signals = list(scan(doc, lexicon("ask", "demo", 0.8, "demo"), "the ask"))
    assert [(s.evidence.quote, s.evidence.start) for s in signals] == [("Demo", 0), ("demo", 8)]


def test_lexicon_skips_blank_lines_and_comments() -> None:
    phrases = lexicon("flag", "selling", 0.3, "\n  one  # a comment\n\n  two\n")
    assert [p.pattern for p in phrases] == ["one", "two"]
