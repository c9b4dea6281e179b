from typing import Literal

GptImage1EditImageInputInputFidelity = Literal["high", "low"]

GPT_IMAGE_1_EDIT_IMAGE_INPUT_INPUT_FIDELITY_VALUES: set[GptImage1EditImageInputInputFidelity] = {
    "high",
    "low",
}


def check_gpt_image_1_edit_image_input_input_fidelity(
    value: str,
) -> GptImage1EditImageInputInputFidelity:
    if value in GPT_IMAGE_1_EDIT_IMAGE_INPUT_INPUT_FIDELITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_EDIT_IMAGE_INPUT_INPUT_FIDELITY_VALUES!r}"
    )
