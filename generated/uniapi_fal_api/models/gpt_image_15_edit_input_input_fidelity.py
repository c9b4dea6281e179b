from typing import Literal

GptImage15EditInputInputFidelity = Literal["high", "low"]

GPT_IMAGE_15_EDIT_INPUT_INPUT_FIDELITY_VALUES: set[GptImage15EditInputInputFidelity] = {
    "high",
    "low",
}


def check_gpt_image_15_edit_input_input_fidelity(value: str) -> GptImage15EditInputInputFidelity:
    if value in GPT_IMAGE_15_EDIT_INPUT_INPUT_FIDELITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_EDIT_INPUT_INPUT_FIDELITY_VALUES!r}"
    )
