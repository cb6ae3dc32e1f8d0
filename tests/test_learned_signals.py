"""The shipped model loads fast, joins the rules in one assessment, and quotes its evidence."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from tactful.assess import assess
from tactful.classifier import TextClassifier
from tactful.normalize import request_from_text
from tactful.pipeline import triage
from tactful.signals import DETECTORS, learned
from tactful.signals.text import Doc
from tests.spam_package import NOTE, PITCH, checksum_on, make_package

ROOT = Path(__file__).resolve().parents[1]
# Written for these tests: a pitch disguised as an exchange of views, and a task scam posing as a job.
DISGUISED_PITCH = (
    "Hi Sam, I lead growth at Northwind Analytics. Teams like yours usually lose a day a week "
    "reconciling vendor invoices, and we built something that takes that to minutes. Would you be "
    "open to exchanging perspectives over 15 minutes on Thursday? I can share what similar finance "
    "teams are seeing."
)
TASK_SCAM = (
    "Hello, we are recruiting part-time online assistants. The work is simple: you like videos and "
    "complete daily tasks on our platform, and you are paid a commission for every task. To activate "
    "your account you first top up a small deposit, which is returned with your earnings."
)
THANK_YOU = (
    "Hi Maya, thank you so much for your talk at the meetup on Tuesday. The part about testing "
    "pipelines changed how I think about our releases. No need to reply, I just wanted to say thanks."
)


def test_the_shipped_weights_load_as_plain_data_with_the_flag_heads() -> None:
    learned.model.cache_clear()
    started = time.perf_counter()
    model = learned.model()
    assert time.perf_counter() - started < 1.0
    assert {"selling", "reputation_risk"} <= set(model.classes_)
    assert model.calibration_ is not None
    assert learned.detect in DETECTORS


def test_every_learned_signal_quotes_the_sentence_it_points_at() -> None:
    for text in (DISGUISED_PITCH, TASK_SCAM):
        signals = list(learned.detect(Doc.of(text)))
        assert signals
        for s in signals:
            e = s.evidence
            assert e.start is not None and e.end is not None
            assert text[e.start : e.end] == e.quote
            assert e.source.startswith("learned model: words like ")
            named = [w.strip("'") for w in e.source.split("words like ", 1)[1].split(", ")]
            assert named and all(w in e.quote for w in named)


def test_a_disguised_pitch_is_flagged_as_selling_with_the_models_words_as_evidence() -> None:
    rules_only = assess(request_from_text(DISGUISED_PITCH), detectors=DETECTORS[:-1])
    combined = assess(request_from_text(DISGUISED_PITCH))
    assert rules_only.flag("selling") is None
    flag = combined.flag("selling")
    assert flag is not None and flag.confidence >= 0.5
    assert any(e.source.startswith("learned model") for e in flag.evidence)


def test_a_task_scam_raises_reputation_risk_and_the_scam_cue() -> None:
    a = assess(request_from_text(TASK_SCAM))
    assert a.flag("reputation_risk") is not None
    assert "scam" in a.cues


def test_a_plain_thank_you_raises_no_learned_flag() -> None:
    assert not [s for s in learned.detect(Doc.of(THANK_YOU)) if s.kind == "flag" and s.weight >= 0.3]
    assert assess(request_from_text(THANK_YOU)).flags == ()


def test_a_head_the_text_gives_no_reason_for_yields_nothing() -> None:
    assert list(learned.detect(Doc.of(""))) == []


def test_the_training_script_runs_end_to_end_on_a_sample_and_repeats_itself(tmp_path: Path) -> None:
    # Weakly labelled mail comes from a package of our own in the SpamAssassin layout (no network).
    spam = make_package(tmp_path / "sa", {"spam-1": [(PITCH, checksum_on("train", "pitch"))],
                                          "easy-ham-1": [(NOTE, checksum_on("train", "note"))]})
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        done = subprocess.run([sys.executable, str(ROOT / "training" / "train.py"), "--limit", "300",
                               "--spamassassin", str(spam), "--out", str(out)],
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert "held-out corpus" in done.stdout
        assert "2 weakly labelled messages from the SpamAssassin corpus" in done.stdout
    a, b = (hashlib.sha256(p.read_bytes()).hexdigest() for p in outs)
    assert a == b
    model = TextClassifier.from_dict(json.loads(outs[0].read_text(encoding="utf-8")))
    assert "selling" in model.classes_


def test_a_reporters_interview_request_is_accepted_as_asking_no_favour() -> None:
    text = ("Dear Dr. Okafor, I'm a reporter at the Riverside Ledger working on a story about how city "
            "hospitals handle nurse shortages, and your testimony to the council last month stood out. "
            "I'd like to interview you by phone for ten minutes before Thursday, and I can send my "
            "questions ahead of time so you can see what the piece covers.")
    result = triage(request_from_text(text, channel="email"))
    assert result.verdict.kind == "accept" and not result.assessment.flags


def test_the_no_favour_cue_quotes_a_whole_sentence() -> None:
    text = ("Dear Dr. Okafor, thank you again for your talk at the Riverside nursing forum last night. "
            "The slides are now on the forum's page, and several attendees asked me to pass on their "
            "thanks. No need to reply.")
    cue = next(s for s in learned.detect(Doc.of(text)) if s.name == "no_favour")
    assert cue.weight >= 0.9
    # Whichever sentence carried it, it is quoted whole: "Dr." does not end a sentence.
    whole = {text[: text.index(" The slides")], text[text.index("The slides") : text.index(" No need")],
             "No need to reply."}
    assert cue.evidence.quote in whole


def test_sentences_do_not_end_at_a_title_or_inside_a_web_address() -> None:
    text = "Dear Dr. Okafor, hello. See www.example.org today!\nThanks"
    assert [text[s:e] for s, e in learned.sentences(text)] == [
        "Dear Dr. Okafor, hello.", "See www.example.org today!", "Thanks"]


def test_an_ask_the_rules_have_no_phrasing_for_is_read_by_the_model_and_quoted() -> None:
    text = ("Hello sir, I want to work in your company as a tester. I am hard working and fast learner, "
            "kindly consider me.")
    result = triage(request_from_text(text))
    job = next(a for a in result.assessment.asks if a.kind == "job")
    assert job.evidence and all(e.source.startswith("learned model: words like") for e in job.evidence)
    assert all(e.start is not None and text[e.start : e.end] == e.quote for e in job.evidence)
