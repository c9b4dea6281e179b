from typing import Literal

Ltx23TextToVideoInputAspectRatio = Literal["16:9", "9:16"]

LTX_23_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Ltx23TextToVideoInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_ltx_23_text_to_video_input_aspect_ratio(value: str) -> Ltx23TextToVideoInputAspectRatio:
    if value in LTX_23_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
