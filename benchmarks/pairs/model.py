"""Multinomial logistic regression with L2 over sparse string features, in numpy.

Features are dictionary-encoded (those seen at least ``min_count`` times in training);
a row is the list of its feature indices (binary features). Training is full-batch Adam
on the mean cross-entropy plus ``l2 / 2 * |W|²``.

Example:
    >>> rows = [["bias", "x"], ["bias", "y"]] * 5
    >>> model = train(rows, ["A", "B"] * 5, min_count=1, epochs=200)
    >>> bool(model.predict([["bias", "x"]])[0].argmax() == model.classes.index("A"))
    True
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class Model:
    """A trained classifier.

    Attributes:
        vocabulary: Feature string → row of ``weights``.
        classes: Class names, in column order.
        weights: ``(features, classes)`` weights.
        bias: ``(classes,)`` intercepts.
    """

    vocabulary: dict[str, int]
    classes: list[str]
    weights: np.ndarray
    bias: np.ndarray

    def encode(self, rows: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """CSR ``(indptr, indices)`` of rows, unknown features dropped."""
        return _encode(rows, self.vocabulary)

    def predict(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Class probabilities, one row per input row."""
        indptr, indices = self.encode(rows)
        return _softmax(_logits(self.weights, self.bias, indptr, indices))

    def save(self, path: Path) -> None:
        """Write the model as JSON (weights rounded to 4 decimals)."""
        data = {
            "classes": self.classes,
            "bias": np.round(self.bias, 4).tolist(),
            "weights": {
                f: np.round(self.weights[i], 4).tolist() for f, i in self.vocabulary.items()
            },
        }
        path.write_text(json.dumps(data), encoding="utf-8")


def _encode(
    rows: Sequence[Sequence[str]], vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        known = {vocabulary[f] for f in row if f in vocabulary}
        indices.extend(sorted(known))
        indptr.append(len(indices))
    return np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64)


def _logits(
    weights: np.ndarray, bias: np.ndarray, indptr: np.ndarray, indices: np.ndarray
) -> np.ndarray:
    rows = len(indptr) - 1
    row_of = np.repeat(np.arange(rows), np.diff(indptr))
    # one bincount per class, numpy's fastest sparse sum (a row with no known feature gets 0)
    by_class = np.ascontiguousarray(weights.T)
    columns = [np.bincount(row_of, weights=w[indices], minlength=rows) for w in by_class]
    return (np.stack(columns, axis=1) + bias).astype(np.float32)


def _gradient(
    error: np.ndarray, row_of: np.ndarray, indices: np.ndarray, features: int
) -> np.ndarray:
    """Each row's error summed into the weight rows of its features."""
    by_class = np.ascontiguousarray(error.T)
    columns = [np.bincount(indices, weights=e[row_of], minlength=features) for e in by_class]
    return np.stack(columns, axis=1).astype(np.float32)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def vocabulary_of(rows: Sequence[Sequence[str]], min_count: int) -> dict[str, int]:
    """Features seen in at least ``min_count`` rows, numbered in sorted order."""
    counts = Counter(f for row in rows for f in set(row))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def train(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    *,
    l2: float = 1e-3,
    min_count: int = 2,
    epochs: int = 300,
    rate: float = 0.05,
) -> Model:
    """Fit the classifier by full-batch Adam."""
    vocabulary = vocabulary_of(rows, min_count)
    classes = sorted(set(labels))
    indptr, indices = _encode(rows, vocabulary)
    target = np.zeros((len(rows), len(classes)), dtype=np.float32)
    target[np.arange(len(rows)), [classes.index(label) for label in labels]] = 1.0
    weights = np.zeros((len(vocabulary), len(classes)), dtype=np.float32)
    bias = np.zeros(len(classes), dtype=np.float32)
    row_of = np.repeat(np.arange(len(rows)), np.diff(indptr))
    moments = [
        np.zeros_like(weights),
        np.zeros_like(weights),
        np.zeros_like(bias),
        np.zeros_like(bias),
    ]
    for step in range(1, epochs + 1):
        probs = _softmax(_logits(weights, bias, indptr, indices))
        error = (probs - target) / len(rows)
        grad_w = _gradient(error, row_of, indices, len(vocabulary)) + l2 * weights
        grad_b = error.sum(axis=0)
        weights -= _adam(grad_w, moments[0], moments[1], step, rate)
        bias -= _adam(grad_b, moments[2], moments[3], step, rate)
    return Model(vocabulary, classes, weights, bias)


def _adam(
    grad: np.ndarray, first: np.ndarray, second: np.ndarray, step: int, rate: float
) -> np.ndarray:
    """One Adam update (moments updated in place)."""
    first *= 0.9
    first += 0.1 * grad
    second *= 0.999
    second += 0.001 * grad * grad
    corrected = first / (1 - 0.9**step)
    scale = np.sqrt(second / (1 - 0.999**step)) + 1e-8
    return rate * corrected / scale
