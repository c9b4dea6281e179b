from typing import Literal

Ltx23TextToVideoFastInputAspectRatio = Literal["16:9", "9:16"]

LTX_23_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES: set[Ltx23TextToVideoFastInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_ltx_23_text_to_video_fast_input_aspect_ratio(
    value: str,
) -> Ltx23TextToVideoFastInputAspectRatio:
    if value in LTX_23_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TEXT_TO_VIDEO_FAST_INPUT_ASPECT_RATIO_VALUES!r}"
    )
