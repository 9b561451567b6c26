"""The sentence model run with numpy: unit vectors that put paraphrases close and other topics apart."""

from __future__ import annotations

import numpy as np

from newsdesk.enrich import embeddings


def test_it_puts_a_paraphrase_closer_than_another_topic():
    vectors = embeddings.encode(
        [
            "Kenya's central bank cuts key rate as inflation eases",
            "Central Bank of Kenya lowers its benchmark lending rate",
            "Striker scores twice as the national team wins the cup final",
        ]
    )
    assert vectors.shape == (3, embeddings.DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ vectors[1]) > 0.6 > 0.2 > float(vectors[0] @ vectors[2])


def test_it_gives_a_text_the_same_vector_alone_or_padded_in_a_batch():
    alone = embeddings.encode(["Floods displace thousands along Kenya's Tana River"])[0]
    batch = embeddings.encode(["Floods displace thousands along Kenya's Tana River", "a much longer text " * 20])[0]
    assert np.allclose(alone, batch, atol=1e-4)


def test_it_round_trips_a_vector_through_bytes():
    vector = embeddings.encode(["Egypt offers discounts to lure shipping back to Suez"])[0]
    assert np.array_equal(embeddings.from_bytes(embeddings.to_bytes(vector)), vector)
    assert len(embeddings.to_bytes(vector)) == embeddings.DIMENSIONS * 4


def test_it_truncates_long_text_at_the_models_length():
    vector = embeddings.encode(["word " * 2000])[0]
    assert vector.shape == (embeddings.DIMENSIONS,)
