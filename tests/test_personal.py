"""The personal layer as a pure module: features, similarity, threshold, JSON round trip."""

import json

import pytest

from tactful.errors import StoreError
from tactful.personal import THRESHOLD, Corrected, PersonalLayer, cosine, features, learn

REFERRAL = "Would you refer me to the hiring manager for the analyst role at Brightline? I'd be grateful."
PARAPHRASE = ("Could you refer me to the hiring manager for the analyst position at Brightline? "
              "Thanks so much.")
OTHER_REFERRAL = "Would you refer me for the marketing internship at Orbit? I'd be grateful."
UNRELATED = "Can we grab coffee next week? I'd love to hear about your move into product design."
PITCH = "Our platform cuts your cloud bill by 40%. Can I show you a 15 minute demo on Thursday?"


def layer() -> PersonalLayer:
    return learn([
        Corrected(12, "Dana Lee", REFERRAL, "redirect", "decline"),
        Corrected(3, "Sam Park", PITCH, "decline", "ignore"),
    ])


def test_features_are_content_words_and_their_pairs() -> None:
    assert features("Hi Sam, would you refer me to the hiring manager?") == [
        "sam", "refer", "hiring", "manager", "sam refer", "refer hiring", "hiring manager"]


def test_a_paraphrase_matches_its_example_and_gives_the_reason() -> None:
    match = layer().best_match(PARAPHRASE)
    assert match is not None and match.example.request_id == 12 and match.example.chosen == "decline"
    assert match.similarity >= THRESHOLD
    assert match.reason == (f"Similar to request 12 from Dana Lee, which you chose to decline "
                            f"(similarity {match.similarity:.2f}).")
    pitch = layer().best_match("Can I show you a 15 minute demo of our platform? It cuts your cloud bill "
                               "by 40%.")
    assert pitch is not None and pitch.example.chosen == "ignore"


@pytest.mark.parametrize("text", [OTHER_REFERRAL, UNRELATED, "Thanks!"])
def test_the_same_kind_of_ask_about_something_else_or_an_unrelated_message_does_not(text: str) -> None:
    assert layer().best_match(text) is None
    assert PersonalLayer().best_match(text) is None  # an empty layer never matches


def test_the_layer_is_deterministic_and_survives_json() -> None:
    built = layer()
    data = json.loads(json.dumps(built.to_dict()))
    assert data == learn(reversed([  # the order corrections arrive in does not matter
        Corrected(3, "Sam Park", PITCH, "decline", "ignore"),
        Corrected(12, "Dana Lee", REFERRAL, "redirect", "decline")])).to_dict()
    loaded = PersonalLayer.from_dict(data)
    assert [e.request_id for e in loaded.examples] == [3, 12]
    a, b = built.best_match(PARAPHRASE), loaded.best_match(PARAPHRASE)
    assert a is not None and b is not None and abs(a.similarity - b.similarity) < 1e-5
    assert loaded.by_verdict() == {"decline": 1, "ignore": 1}
    assert cosine(loaded.vector(REFERRAL), loaded.examples[1].vector) == pytest.approx(1.0, abs=1e-5)


def test_a_stored_layer_of_another_format_or_damaged_is_refused_with_advice() -> None:
    with pytest.raises(StoreError, match=r"format 'tactful-personal/9'.*tactful learn"):
        PersonalLayer.from_dict({"format": "tactful-personal/9"})
    with pytest.raises(StoreError, match=r"damaged.*tactful learn"):
        PersonalLayer.from_dict({"format": "tactful-personal/1", "examples": [{"request_id": 1}]})
