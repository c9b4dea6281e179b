from typing import Literal

InfinityStarTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

INFINITY_STAR_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    InfinityStarTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_infinity_star_text_to_video_input_aspect_ratio(
    value: str,
) -> InfinityStarTextToVideoInputAspectRatio:
    if value in INFINITY_STAR_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITY_STAR_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
