from typing import Literal

MinimaxHailuo02StandardImageToVideoInputResolution = Literal["512P", "768P"]

MINIMAX_HAILUO_02_STANDARD_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    MinimaxHailuo02StandardImageToVideoInputResolution
] = {
    "512P",
    "768P",
}


def check_minimax_hailuo_02_standard_image_to_video_input_resolution(
    value: str,
) -> MinimaxHailuo02StandardImageToVideoInputResolution:
    if value in MINIMAX_HAILUO_02_STANDARD_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_HAILUO_02_STANDARD_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
