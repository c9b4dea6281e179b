from typing import Literal

MinimaxHailuo02StandardTextToVideoInputDuration = Literal["10", "6"]

MINIMAX_HAILUO_02_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    MinimaxHailuo02StandardTextToVideoInputDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_02_standard_text_to_video_input_duration(
    value: str,
) -> MinimaxHailuo02StandardTextToVideoInputDuration:
    if value in MINIMAX_HAILUO_02_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_STANDARD_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
