"""The learned text model: TF-IDF over words and word pairs, one-vs-rest logistic regression.

It follows scikit-learn's estimator contract (`__init__` stores parameters only, `fit` returns
self, learned state ends in `_`, `predict_proba` columns follow `classes_`, randomness through
`random_state`) but trains and scores in pure Python, so the base install needs no numerical
library and a retrained model is the same bytes on any machine with the same Python.

Labels may be one class per text (binary or multi-class: probabilities sum to one) or a set of
classes per text (multi-label: one independent probability per class).  The fitted state exports
to plain JSON (`to_dict`/`from_dict`): vocabulary, idf, coefficients and intercepts, plus an
optional Platt calibration per class.  `contributions` says which words carried a class's score,
so every learned flag can point at the words that raised it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from random import Random
from typing import Any

FORMAT = "tactful-tfidf-lr/1"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DIGIT = re.compile(r"[0-9]")
_QUOTES = str.maketrans({"’": "'", "‘": "'"})


class NotFittedError(ValueError, AttributeError):
    """The model was used before `fit` (or `from_dict`) gave it its learned state."""


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """The words of a text, lower-cased and with digits folded to 0, with their offsets."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets aligned
        lower = "".join(c.lower()[0] for c in text)
    lower = lower.translate(_QUOTES)
    return [(_DIGIT.sub("0", m.group()), m.start(), m.end()) for m in _TOKEN.finditer(lower)]


def tokenize(text: str) -> list[str]:
    """The words of a text as the model sees them."""
    return [t for t, _, _ in token_spans(text)]


def terms(words: Sequence[str], ngram_range: tuple[int, int] = (1, 2)) -> list[str]:
    """Word n-grams in order of appearance (pairs joined by a space)."""
    low, high = ngram_range
    out: list[str] = []
    for n in range(low, high + 1):
        out.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


def sigmoid(z: float) -> float:
    """The logistic function, safe for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Contribution:
    """How much one term of a text moved one class's score, and where the term occurs."""

    term: str
    weight: float
    spans: tuple[tuple[int, int], ...]


class Reading:
    """A text as a fitted model read it: class probabilities, and each known term's weight and place."""

    def __init__(self, model: TextClassifier, probabilities: dict[Any, float],
                 weights: Mapping[str, tuple[int, float]], spans: Mapping[str, tuple[tuple[int, int], ...]]):
        self.model = model
        self.probabilities = probabilities
        self.weights = weights
        self.spans = spans

    def contributions(self, label: Hashable) -> list[Contribution]:
        """What each term added to a class's raw score, largest push first."""
        m = self.model
        heads = m.classes_[1:] if len(m.coef_) < len(m.classes_) else m.classes_
        w = m.coef_[heads.index(label)]
        found = [Contribution(t, v * w[j], self.spans[t]) for t, (j, v) in self.weights.items()]
        return sorted(found, key=lambda c: (-c.weight, c.term))


class TextClassifier:
    """TF-IDF (sublinear tf, L2-normalised) + one-vs-rest L2 logistic regression, in pure Python."""

    def __init__(self, *, ngram_range: tuple[int, int] = (1, 2), min_df: int = 2,
                 max_features: int | None = 50_000, alpha: float = 1e-4, max_iter: int = 15,
                 eta0: float = 0.5, random_state: int = 0) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.alpha = alpha
        self.max_iter = max_iter
        self.eta0 = eta0
        self.random_state = random_state

    def get_params(self) -> dict[str, Any]:
        """The constructor parameters, as scikit-learn's `get_params` gives them."""
        return {k: getattr(self, k) for k in ("ngram_range", "min_df", "max_features", "alpha",
                                              "max_iter", "eta0", "random_state")}

    # -- fitting ---------------------------------------------------------------------------

    def fit(self, texts: Sequence[str], labels: Sequence[Hashable],
            known: Sequence[Collection[Hashable] | None] | None = None) -> TextClassifier:
        """Learn the vocabulary, idf and one weight vector per class; returns self.

        `known` (multi-label only) gives, per text, the classes its label set speaks for, or None
        for all of them: a weakly labelled text (spam known to sell, say nothing of its ties)
        trains only those classes' weights, though its words count in the vocabulary.
        """
        if len(texts) != len(labels) or not texts:
            raise ValueError(f"fit needs as many labels as texts, and at least one "
                             f"(got {len(texts)} texts, {len(labels)} labels)")
        if known is not None and len(known) != len(texts):
            raise ValueError(f"fit needs one entry of `known` per text (got {len(known)} for {len(texts)})")
        multilabel = all(_is_label_set(y) for y in labels)
        if known is not None and not multilabel:
            raise ValueError("`known` is for multi-label fits (a set of classes per text)")
        label_sets = [_as_set(y) if multilabel else frozenset([y]) for y in labels]
        classes = sorted({c for s in label_sets for c in s}, key=repr)
        if not multilabel and len(classes) < 2:
            raise ValueError(f"fit needs at least two classes, got {classes}")
        docs = [terms(tokenize(t), self.ngram_range) for t in texts]
        self._fit_vocabulary(docs)
        rows = [self._row(d) for d in docs]
        heads = classes[1:] if not multilabel and len(classes) == 2 else classes
        self.classes_ = classes
        self.multilabel_ = multilabel
        self.coef_ = []
        self.intercept_ = []
        speaks = [None] * len(rows) if known is None else list(known)
        for cls in heads:
            pick = [i for i, k in enumerate(speaks) if k is None or cls in k]
            w, b = self._fit_binary([rows[i] for i in pick],
                                    [1.0 if cls in label_sets[i] else -1.0 for i in pick])
            self.coef_.append(w)
            self.intercept_.append(b)
        self.calibration_ = None
        return self

    def _fit_vocabulary(self, docs: Sequence[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(d))
        kept = sorted((t for t, n in df.items() if n >= self.min_df), key=lambda t: (-df[t], t))
        if self.max_features is not None:
            kept = kept[: self.max_features]
        kept.sort()
        n = len(docs)
        self.vocabulary_ = {t: i for i, t in enumerate(kept)}
        self.idf_ = [math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept]

    def _row(self, doc: Sequence[str]) -> list[tuple[int, float]]:
        return sorted(self._weights(doc).values())

    def _weights(self, doc: Sequence[str]) -> dict[str, tuple[int, float]]:
        """Each known term of a document: its column and its L2-normalised sublinear tf-idf."""
        vocabulary, idf = self.vocabulary_, self.idf_
        counts = Counter(t for t in doc if t in vocabulary)
        weights = {t: (vocabulary[t], (1.0 + math.log(c)) * idf[vocabulary[t]]) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for _, v in weights.values())) or 1.0
        return {t: (j, v / norm) for t, (j, v) in weights.items()}

    def _fit_binary(self, rows: Sequence[Sequence[tuple[int, float]]],
                    y: Sequence[float]) -> tuple[list[float], float]:
        """Stochastic gradient descent on the L2-penalised log loss, scaled weights for sparsity."""
        w = [0.0] * len(self.idf_)
        scale, b, t = 1.0, 0.0, 0
        order = list(range(len(rows)))
        rng = Random(self.random_state)
        for _ in range(self.max_iter):
            rng.shuffle(order)
            for i in order:
                eta = self.eta0 / (1.0 + self.eta0 * self.alpha * t)
                t += 1
                row, yi = rows[i], y[i]
                margin = scale * sum(w[j] * v for j, v in row) + b
                g = -yi * sigmoid(-yi * margin)
                scale *= 1.0 - eta * self.alpha
                step = eta * g / scale
                for j, v in row:
                    w[j] -= step * v
                b -= eta * g * 0.1  # the unpenalised intercept moves slower, as in scikit-learn's SGD
                if scale < 1e-9:
                    w = [x * scale for x in w]
                    scale = 1.0
        return [x * scale for x in w], b

    # -- scoring ---------------------------------------------------------------------------

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("This TextClassifier is not fitted yet: call fit(texts, labels) "
                                 "or load one with TextClassifier.from_dict(...)")


    def decision_function(self, texts: Iterable[str]) -> list[list[float]]:
        """The raw score (log-odds) of each head for each text."""
        self._check_fitted()
        out = []
        heads = list(zip(self.coef_, self.intercept_, strict=True))
        for text in texts:
            x = list(self._weights(terms(tokenize(text), self.ngram_range)).values())
            out.append([sum(w[j] * v for j, v in x) + b for w, b in heads])
        return out

    def predict_proba(self, texts: Iterable[str]) -> list[list[float]]:
        """Class probabilities, one column per entry of `classes_`."""
        return [self._proba(scores) for scores in self.decision_function(texts)]

    def _proba(self, scores: Sequence[float]) -> list[float]:
        p = [sigmoid(s) for s in scores]
        if self.calibration_ is not None:
            p = [sigmoid(a * s + b) for s, (a, b) in zip(scores, self.calibration_, strict=True)]
        if self.multilabel_:
            return p
        if len(p) == 1:
            return [1.0 - p[0], p[0]]
        total = sum(p) or 1.0
        return [x / total for x in p]

    def predict(self, texts: Iterable[str]) -> list[Any]:
        """The most probable class of each text (for multi-label: the set above one half)."""
        out: list[Any] = []
        for p in self.predict_proba(texts):
            if self.multilabel_:
                out.append(frozenset(c for c, x in zip(self.classes_, p, strict=True) if x >= 0.5))
            else:
                out.append(self.classes_[max(range(len(p)), key=p.__getitem__)])
        return out

    def calibrate(self, texts: Sequence[str], labels: Sequence[Hashable],
                  known: Sequence[Collection[Hashable] | None] | None = None) -> TextClassifier:
        """Fit a Platt scaling per head on texts the model was not trained on; returns self.

        `known` works as in `fit`: a text calibrates only the classes its label speaks for.
        """
        if known is not None and len(known) != len(texts):
            raise ValueError(f"calibrate needs one entry of `known` per text "
                             f"(got {len(known)} for {len(texts)})")
        scores = self.decision_function(texts)
        heads = self.classes_[1:] if len(self.coef_) < len(self.classes_) else self.classes_
        speaks = [None] * len(texts) if known is None else list(known)
        fitted = []
        for k, cls in enumerate(heads):
            pick = [i for i, c in enumerate(speaks) if c is None or cls in c]
            hits = [cls in _as_set(labels[i]) if _is_label_set(labels[i]) else labels[i] == cls for i in pick]
            fitted.append(platt([scores[i][k] for i in pick], hits))
        self.calibration_ = fitted
        return self

    def read(self, text: str) -> Reading:
        """One text as the model reads it: its class probabilities and where each known term sits."""
        self._check_fitted()
        spans = token_spans(text)
        words = [s[0] for s in spans]
        where: dict[str, list[tuple[int, int]]] = {}
        low, high = self.ngram_range
        for n in range(low, high + 1):
            for i in range(len(words) - n + 1):
                where.setdefault(" ".join(words[i : i + n]), []).append((spans[i][1], spans[i + n - 1][2]))
        weights = self._weights([t for t, places in where.items() for _ in places])
        x = list(weights.values())
        scores = [sum(w[j] * v for j, v in x) + b for w, b in zip(self.coef_, self.intercept_, strict=True)]
        probabilities = dict(zip(self.classes_, self._proba(scores), strict=True))
        return Reading(self, probabilities, weights, {t: tuple(where[t]) for t in weights})

    def contributions(self, text: str, label: Hashable) -> list[Contribution]:
        """What each term of the text added to a class's raw score, largest push first."""
        return self.read(text).contributions(label)

    # -- plain-data export -----------------------------------------------------------------

    def to_dict(self, digits: int = 5) -> dict[str, Any]:
        """The fitted model as plain JSON data, numbers rounded to `digits` significant digits."""
        self._check_fitted()
        order = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return {
            "format": FORMAT,
            "params": {**self.get_params(), "ngram_range": list(self.ngram_range)},
            "classes": list(self.classes_),
            "multilabel": self.multilabel_,
            "vocabulary": order,
            "idf": [_round(v, digits) for v in self.idf_],
            "coef": [[_round(v, digits) for v in w] for w in self.coef_],
            "intercept": [_round(b, digits) for b in self.intercept_],
            "calibration": None if self.calibration_ is None else
            [[_round(a, digits), _round(b, digits)] for a, b in self.calibration_],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextClassifier:
        """A fitted model from `to_dict` data; raises ValueError naming what is wrong."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a tactful model: format is {data.get('format')!r}, expected {FORMAT!r}")
        params = dict(data["params"])
        params["ngram_range"] = tuple(params["ngram_range"])
        model = cls(**params)
        model.classes_ = list(data["classes"])
        model.multilabel_ = bool(data["multilabel"])
        model.vocabulary_ = {t: i for i, t in enumerate(data["vocabulary"])}
        model.idf_ = [float(v) for v in data["idf"]]
        model.coef_ = [[float(v) for v in w] for w in data["coef"]]
        model.intercept_ = [float(b) for b in data["intercept"]]
        calibration = data.get("calibration")
        model.calibration_ = None if calibration is None else [(float(a), float(b)) for a, b in calibration]
        if any(len(w) != len(model.idf_) for w in model.coef_) or len(model.vocabulary_) != len(model.idf_):
            raise ValueError("model data is inconsistent: vocabulary, idf and coefficients differ in length")
        return model

    # Learned state, declared for type checkers (set by fit or from_dict).
    classes_: list[Any]
    multilabel_: bool
    vocabulary_: dict[str, int]
    idf_: list[float]
    coef_: list[list[float]]
    intercept_: list[float]
    calibration_: list[tuple[float, float]] | None


def platt(scores: Sequence[float], hits: Sequence[bool], iterations: int = 100) -> tuple[float, float]:
    """Platt scaling: (a, b) so that sigmoid(a*score + b) is a calibrated probability (Newton steps)."""
    n_pos = sum(hits)
    n_neg = len(hits) - n_pos
    # Platt's smoothed targets keep the fit finite when the classes separate perfectly.
    targets = [(n_pos + 1) / (n_pos + 2) if h else 1 / (n_neg + 2) for h in hits]
    a, b = 1.0, 0.0
    for _ in range(iterations):
        ga = gb = haa = hab = hbb = 0.0
        for s, y in zip(scores, targets, strict=True):
            p = sigmoid(a * s + b)
            d, h = p - y, max(p * (1 - p), 1e-12)
            ga += d * s
            gb += d
            haa += h * s * s
            hab += h * s
            hbb += h
        det = haa * hbb - hab * hab + 1e-12
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-10:
            break
    return a, b


def _is_label_set(y: object) -> bool:
    return isinstance(y, Collection) and not isinstance(y, str)


def _as_set(y: object) -> frozenset[Hashable]:
    return frozenset(y) if isinstance(y, Collection) and not isinstance(y, str) else frozenset([y])


def _round(x: float, digits: int) -> float:
    return float(f"{x:.{digits}g}")
