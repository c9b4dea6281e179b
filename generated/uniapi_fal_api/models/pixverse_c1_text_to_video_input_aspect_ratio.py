from typing import Literal

PixverseC1TextToVideoInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[PixverseC1TextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_c1_text_to_video_input_aspect_ratio(
    value: str,
) -> PixverseC1TextToVideoInputAspectRatio:
    if value in PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
