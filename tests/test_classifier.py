"""The learned text model keeps scikit-learn's estimator contract and exports as plain data."""

from __future__ import annotations

import json
import math

import pytest

from tactful.classifier import NotFittedError, TextClassifier, platt, token_spans, tokenize

PITCHES = [
    "We help companies like yours cut cloud costs, can I show you a demo",
    "Our platform boosts your sales pipeline, book a demo this week",
    "Limited offer: our agency doubles your leads, reply for pricing",
    "I would love to show you how our tool saves your team hours, free trial",
]
FRIENDLY = [
    "Thank you for the talk yesterday, it was lovely to meet you",
    "Congratulations on the new role, hope the first weeks are going well",
    "Great to see you at the reunion, let us stay in touch",
    "Thanks for the article on mentoring, it helped me a lot",
]
SCAMS = [
    "Earn money from home rating apps, pay a small registration fee to start",
    "You won a prize, send your bank details and a fee to claim it",
    "Remote job: buy gift cards for the manager and keep a commission",
]
TEXTS = PITCHES + FRIENDLY + SCAMS


def small(seed: int = 0) -> TextClassifier:
    return TextClassifier(min_df=1, max_iter=30, random_state=seed)


def test_fit_returns_the_estimator_itself() -> None:
    model = small()
    assert model.fit(PITCHES + FRIENDLY, ["pitch"] * 4 + ["friendly"] * 4) is model


def test_init_only_stores_parameters_and_learned_state_ends_in_an_underscore() -> None:
    model = small(seed=7)
    assert model.get_params()["random_state"] == 7
    assert not [k for k in vars(model) if k.endswith("_")]
    model.fit(PITCHES + FRIENDLY, ["pitch"] * 4 + ["friendly"] * 4)
    learned = {k for k in vars(model) if k.endswith("_")}
    assert {"classes_", "vocabulary_", "idf_", "coef_", "intercept_"} <= learned


def test_an_unfitted_model_says_to_fit_it_first() -> None:
    with pytest.raises(NotFittedError, match="not fitted yet"):
        small().predict_proba(["hello"])
    with pytest.raises(AttributeError):  # as scikit-learn's NotFittedError, it is both
        small().to_dict()


def test_multiclass_probabilities_follow_classes_and_sum_to_one() -> None:
    labels = ["pitch"] * 4 + ["friendly"] * 4 + ["scam"] * 3
    model = small().fit(TEXTS, labels)
    assert model.classes_ == ["friendly", "pitch", "scam"]
    for row in model.predict_proba([*TEXTS, "something else entirely"]):
        assert len(row) == 3
        assert math.isclose(sum(row), 1.0)
    assert model.predict(["book a demo of our platform"]) == ["pitch"]


def test_binary_probabilities_have_two_columns_that_sum_to_one() -> None:
    model = small().fit(PITCHES + FRIENDLY, [True] * 4 + [False] * 4)
    assert model.classes_ == [False, True]
    (p_pitch, p_friendly) = model.predict_proba(["our agency can book a demo", "lovely to meet you"])
    assert math.isclose(sum(p_pitch), 1.0) and p_pitch[1] > 0.5 > p_friendly[1]


def test_a_set_of_labels_per_text_gives_one_independent_probability_per_class() -> None:
    labels = [{"selling"}] * 4 + [set()] * 4 + [{"scam", "selling"}] * 3
    model = small().fit(TEXTS, labels)
    assert model.classes_ == ["scam", "selling"]
    assert model.predict(["pay a registration fee to earn from home"]) == [frozenset({"scam", "selling"})]


def test_the_same_seed_gives_the_same_model_and_another_seed_may_not() -> None:
    labels = ["pitch"] * 4 + ["friendly"] * 4 + ["scam"] * 3
    assert small(3).fit(TEXTS, labels).to_dict() == small(3).fit(TEXTS, labels).to_dict()
    assert small(3).fit(TEXTS, labels).to_dict() != small(4).fit(TEXTS, labels).to_dict()


def test_the_exported_plain_data_scores_like_the_fitted_model() -> None:
    model = small().fit(TEXTS, [{"selling"}] * 4 + [set()] * 4 + [{"scam"}] * 3)
    model.calibrate(TEXTS, [{"selling"}] * 4 + [set()] * 4 + [{"scam"}] * 3)
    data = json.loads(json.dumps(model.to_dict()))
    again = TextClassifier.from_dict(data)
    for a, b in zip(model.predict_proba(TEXTS), again.predict_proba(TEXTS), strict=True):
        assert all(math.isclose(x, y, abs_tol=1e-4) for x, y in zip(a, b, strict=True))


def test_loading_something_that_is_not_a_model_names_the_problem() -> None:
    with pytest.raises(ValueError, match="not a tactful model"):
        TextClassifier.from_dict({"format": "pickle"})


def test_fit_refuses_mismatched_texts_and_labels() -> None:
    with pytest.raises(ValueError, match="as many labels as texts"):
        small().fit(["a", "b"], ["x"])


def test_contributions_point_at_the_words_that_pushed_a_class_up() -> None:
    model = small().fit(PITCHES + FRIENDLY, ["pitch"] * 4 + ["friendly"] * 4)
    text = "Hello! Book a demo of our platform today."
    top = model.contributions(text, "pitch")[0]
    assert top.weight > 0
    for start, end in top.spans:
        assert " ".join(tokenize(text[start:end])) == top.term


def test_tokens_keep_offsets_into_the_original_text_and_fold_digits() -> None:
    text = "İstanbul: Earn $300 today, don’t wait"
    spans = token_spans(text)
    assert [t for t, _, _ in spans] == ["istanbul", "earn", "000", "today", "don't", "wait"]
    assert [text[s:e] for _, s, e in spans] == ["İstanbul", "Earn", "300", "today", "don’t", "wait"]


def test_platt_scaling_turns_scores_into_probabilities_that_rise_with_the_score() -> None:
    scores = [-3.0, -2.0, -1.0, 0.5, 1.0, 2.5, 3.0, -0.5]
    a, b = platt(scores, [False, False, False, True, True, True, True, False])
    assert a > 0
    assert 1 / (1 + math.exp(-(a * 3 + b))) > 0.5 > 1 / (1 + math.exp(-(a * -3 + b)))


def test_reading_a_text_gives_the_same_probabilities_as_predict_proba() -> None:
    model = small().fit(TEXTS, [{"selling"}] * 4 + [set()] * 4 + [{"scam"}] * 3)
    text = "Book a demo, book a demo today: our agency pays a fee"
    reading = model.read(text)
    expected = model.predict_proba([text])[0]
    assert list(reading.probabilities) == model.classes_
    assert list(reading.probabilities.values()) == pytest.approx(expected, abs=1e-12)


def test_a_weakly_labelled_text_trains_only_the_classes_its_label_speaks_for() -> None:
    labels: list[set[str]] = [{"selling"}] * 4 + [set()] * 4 + [{"scam"}] * 3
    weak = "Earn money today: our agency pays a fee, book a demo"
    known: list[set[str] | None] = [None] * len(TEXTS) + [{"selling"}]
    # The weak text is said to sell; whether it is a scam is unknown, so its scam label is no matter.
    said_scam = small().fit([*TEXTS, weak], [*labels, {"selling", "scam"}], known=known)
    said_not = small().fit([*TEXTS, weak], [*labels, {"selling"}], known=known)
    scam, selling = said_scam.classes_.index("scam"), said_scam.classes_.index("selling")
    assert said_scam.coef_[scam] == said_not.coef_[scam]
    assert said_scam.coef_[selling] == said_not.coef_[selling]
    # Without `known` the same label does teach the scam head.
    taught = small().fit([*TEXTS, weak], [*labels, {"selling", "scam"}])
    assert taught.coef_[scam] != said_not.coef_[scam]


def test_known_classes_need_one_entry_per_text_and_label_sets() -> None:
    with pytest.raises(ValueError, match="one entry of `known` per text"):
        small().fit(PITCHES, [{"selling"}] * 4, known=[None])
    with pytest.raises(ValueError, match="for multi-label fits"):
        small().fit(PITCHES + FRIENDLY, ["pitch"] * 4 + ["friendly"] * 4, known=[None] * 8)


def test_calibration_reads_only_the_classes_a_text_speaks_for() -> None:
    labels: list[set[str]] = [{"selling"}] * 4 + [set()] * 4 + [{"scam"}] * 3
    model = small().fit(TEXTS, labels)
    silent_on_scam: list[set[str] | None] = [None] * 8 + [{"selling"}] * 3
    # The scams say nothing of the scam class here, so flipping their scam label changes nothing.
    a = small().fit(TEXTS, labels).calibrate(TEXTS, labels, known=silent_on_scam)
    b = small().fit(TEXTS, labels).calibrate(TEXTS, [{"selling"}] * 4 + [set()] * 7, known=silent_on_scam)
    assert a.calibration_ == b.calibration_
    assert model.calibrate(TEXTS, labels).calibration_ != a.calibration_
    with pytest.raises(ValueError, match="one entry of `known` per text"):
        small().fit(TEXTS, labels).calibrate(TEXTS, labels, known=[None])
