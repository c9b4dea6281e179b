from typing import Literal

Ltx2TextToVideoInputResolution = Literal["1080p", "1440p", "2160p"]

LTX_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[Ltx2TextToVideoInputResolution] = {
    "1080p",
    "1440p",
    "2160p",
}


def check_ltx_2_text_to_video_input_resolution(value: str) -> Ltx2TextToVideoInputResolution:
    if value in LTX_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
