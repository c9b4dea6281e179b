from typing import Literal

KreaV2LargeTextToImageInputCreativity = Literal["high", "low", "medium", "raw"]

KREA_V2_LARGE_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES: set[KreaV2LargeTextToImageInputCreativity] = {
    "high",
    "low",
    "medium",
    "raw",
}


def check_krea_v2_large_text_to_image_input_creativity(
    value: str,
) -> KreaV2LargeTextToImageInputCreativity:
    if value in KREA_V2_LARGE_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_V2_LARGE_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES!r}"
    )
