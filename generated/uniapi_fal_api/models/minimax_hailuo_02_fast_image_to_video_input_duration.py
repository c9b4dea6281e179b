from typing import Literal

MinimaxHailuo02FastImageToVideoInputDuration = Literal["10", "6"]

MINIMAX_HAILUO_02_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    MinimaxHailuo02FastImageToVideoInputDuration
] = {
    "10",
    "6",
}


def check_minimax_hailuo_02_fast_image_to_video_input_duration(
    value: str,
) -> MinimaxHailuo02FastImageToVideoInputDuration:
    if value in MINIMAX_HAILUO_02_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_FAST_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
