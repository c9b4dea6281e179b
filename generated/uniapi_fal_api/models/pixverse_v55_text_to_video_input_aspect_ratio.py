from typing import Literal

PixverseV55TextToVideoInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    PixverseV55TextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v55_text_to_video_input_aspect_ratio(
    value: str,
) -> PixverseV55TextToVideoInputAspectRatio:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
