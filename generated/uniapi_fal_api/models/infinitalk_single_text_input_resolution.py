from typing import Literal

InfinitalkSingleTextInputResolution = Literal["480p", "720p"]

INFINITALK_SINGLE_TEXT_INPUT_RESOLUTION_VALUES: set[InfinitalkSingleTextInputResolution] = {
    "480p",
    "720p",
}


def check_infinitalk_single_text_input_resolution(
    value: str,
) -> InfinitalkSingleTextInputResolution:
    if value in INFINITALK_SINGLE_TEXT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_SINGLE_TEXT_INPUT_RESOLUTION_VALUES!r}"
    )
