"""Client-side validation against the spec: property-based over the constraints."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniapi_fal import ENDPOINTS, InputValidationError
from uniapi_fal._core.submit import prepare
from uniapi_fal._validation import validate_input
from uniapi_fal.models import FluxDevInput, ImageSize, KlingVideoV21StandardImageToVideoInput

from ._inputs import SEED_BODY, SEED_ENDPOINT, minimal_input

KLING = "KlingVideoV21StandardImageToVideoInput"
finite = st.floats(allow_nan=False, allow_infinity=False)


def problems(schema: str, body: Any) -> list[str]:
    try:
        validate_input("e", schema, body)
    except InputValidationError as exc:
        return [e.message for e in exc.errors]
    return []


@given(finite)
def test_cfg_scale_is_checked_against_0_and_1(value: float) -> None:
    found = problems(KLING, {**SEED_BODY, "cfg_scale": value})
    if 0 <= value <= 1:
        assert found == []
    elif value > 1:
        assert found == [f"cfg_scale: {value!r} > maximum 1"]
    else:
        assert found == [f"cfg_scale: {value!r} < minimum 0"]


@given(st.text(max_size=2600))
def test_prompt_length_limit(prompt: str) -> None:
    found = problems(KLING, {**SEED_BODY, "prompt": prompt})
    assert (found == []) == (len(prompt) <= 2500)


@given(st.integers(min_value=-5, max_value=60))
def test_flux_schnell_steps_are_1_to_12(steps: int) -> None:
    found = problems("FluxSchnellInput", {"prompt": "p", "num_inference_steps": steps})
    assert (found == []) == (1 <= steps <= 12)


@given(st.one_of(st.text(max_size=20), st.integers(), st.none(), st.booleans()))
def test_enum_fields_accept_only_their_values(value: object) -> None:
    found = problems(KLING, {**SEED_BODY, "duration": value})
    assert (found == []) == (value in ("5", "10"))


@given(
    st.recursive(
        st.none() | st.booleans() | finite | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
        max_leaves=10,
    )
)
def test_any_json_gets_a_typed_answer_never_a_crash(body: object) -> None:
    for info in ENDPOINTS.values():
        try:
            validate_input(info.endpoint_id, info.input_schema, body)
        except InputValidationError as exc:
            assert exc.errors and all(e.message for e in exc.errors)


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_minimal_inputs_are_valid(endpoint: str) -> None:
    assert problems(ENDPOINTS[endpoint].input_schema, minimal_input(endpoint)) == []


def test_every_problem_is_listed_once_with_its_constraint() -> None:
    body = {
        "prompt": 3,
        "num_images": 9,
        "image_size": "huge",
        "promt": "typo",
        "guidance_scale": math.inf,
    }
    assert problems("FluxDevInput", body) == [
        "promt: unknown field (did you mean 'prompt'?)",
        "guidance_scale: inf > maximum 20",
        "image_size: 'huge' matches none of: 'huge' is not one of 'square_hd', 'square', "
        "'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'; "
        "expected object, got string 'huge'",
        "num_images: 9 > maximum 4",
        "prompt: expected string, got integer 3",
    ]


def test_nested_and_missing_fields_are_named_by_path() -> None:
    assert problems("FluxDevInput", {"image_size": {"width": 0, "height": 20000}}) == [
        "prompt: required",
        "image_size: {'width': 0, 'height': 20000} matches none of: expected string, got object "
        "{'width': 0, 'height': 20000}; height: 20000 > maximum 14142; "
        "width: 0 <= exclusiveMinimum 0",
    ]


def test_generated_models_with_wrong_types_are_caught_before_sending() -> None:
    with pytest.raises(InputValidationError, match="image_size"):
        prepare(FluxDevInput(prompt="p", image_size=123), None)  # type: ignore[arg-type]
    with pytest.raises(InputValidationError, match="width"):
        prepare(FluxDevInput(prompt="p", image_size=ImageSize(width=-1, height=2)), None)
    ready = prepare(KlingVideoV21StandardImageToVideoInput(**SEED_BODY), None)  # type: ignore[arg-type]
    assert ready.info.endpoint_id == SEED_ENDPOINT and ready.body == SEED_BODY


def test_not_an_input_model_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Input model"):
        prepare({"prompt": "p"}, None)
    with pytest.raises(InputValidationError, match="expected an object"):
        prepare("fal-ai/flux/dev", ["p"])  # type: ignore[arg-type]
