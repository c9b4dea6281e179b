"""Results missing fields their document requires: parsed, each left-out field MISSING."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal import MISSING, missing_fields
from uniapi_fal._missing import tolerant_from_dict
from uniapi_fal.models import FluxDevOutput

FLUX = {
    "images": [{"url": "https://v3.fal.media/files/out.jpg", "width": 8, "height": 8}],
    "timings": {"inference": 0.1},
    "seed": 1,
    "has_nsfw_concepts": [False],
    "prompt": "p",
}
ORDER = ["images", "timings", "seed", "has_nsfw_concepts", "prompt"]


@given(st.sets(st.sampled_from(ORDER), max_size=len(ORDER) - 1))
def test_any_left_out_top_level_fields_are_missing(left_out: set[str]) -> None:
    sent = {k: v for k, v in FLUX.items() if k not in left_out}
    output = tolerant_from_dict(FluxDevOutput, sent)
    assert missing_fields(output) == tuple(k for k in ORDER if k in left_out)
    for key in ORDER:
        assert (getattr(output, key) is MISSING) == (key in left_out)


def test_a_field_missing_deeper_inside_or_a_result_of_another_model_is_refused() -> None:
    with pytest.raises(KeyError, match="url"):
        tolerant_from_dict(FluxDevOutput, {**FLUX, "images": [{"width": 8}]})
    with pytest.raises(KeyError):
        tolerant_from_dict(FluxDevOutput, {"video": {"url": "https://x/y.mp4"}})


def test_missing_is_one_falsy_value_that_survives_copies() -> None:
    assert not MISSING and repr(MISSING) == "MISSING" and len(MISSING) == 0
    assert pickle.loads(pickle.dumps(MISSING)) is MISSING
    assert missing_fields({"not": "attrs"}) == ()
