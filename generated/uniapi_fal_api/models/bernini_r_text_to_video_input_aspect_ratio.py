from typing import Literal

BerniniRTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

BERNINI_R_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[BerniniRTextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_bernini_r_text_to_video_input_aspect_ratio(
    value: str,
) -> BerniniRTextToVideoInputAspectRatio:
    if value in BERNINI_R_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BERNINI_R_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
