from typing import Literal

MinimaxH3TextToVideoInputAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16"]

MINIMAX_H3_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[MinimaxH3TextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_minimax_h3_text_to_video_input_aspect_ratio(
    value: str,
) -> MinimaxH3TextToVideoInputAspectRatio:
    if value in MINIMAX_H3_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_H3_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
