from typing import Literal

KreaV2MediumTurboTextToImageInputCreativity = Literal["high", "low", "medium", "raw"]

KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES: set[
    KreaV2MediumTurboTextToImageInputCreativity
] = {
    "high",
    "low",
    "medium",
    "raw",
}


def check_krea_v2_medium_turbo_text_to_image_input_creativity(
    value: str,
) -> KreaV2MediumTurboTextToImageInputCreativity:
    if value in KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_V2_MEDIUM_TURBO_TEXT_TO_IMAGE_INPUT_CREATIVITY_VALUES!r}"
    )
