from typing import Literal

Ltx2TextToVideoInputAspectRatio = Literal["16:9"]

LTX_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[Ltx2TextToVideoInputAspectRatio] = {
    "16:9",
}


def check_ltx_2_text_to_video_input_aspect_ratio(value: str) -> Ltx2TextToVideoInputAspectRatio:
    if value in LTX_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
