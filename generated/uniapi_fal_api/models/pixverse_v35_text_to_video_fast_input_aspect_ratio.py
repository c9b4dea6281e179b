from typing import Literal

PixverseV35TextToVideoFastInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES: set[
    PixverseV35TextToVideoFastInputAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v35_text_to_video_fast_input_aspect_ratio(
    value: str,
) -> PixverseV35TextToVideoFastInputAspectRatio:
    if value in PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )
