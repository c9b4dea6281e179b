from typing import Literal

HunyuanVideoV15TextToVideoInputResolution = Literal["480p"]

HUNYUAN_VIDEO_V15_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HunyuanVideoV15TextToVideoInputResolution
] = {
    "480p",
}


def check_hunyuan_video_v15_text_to_video_input_resolution(
    value: str,
) -> HunyuanVideoV15TextToVideoInputResolution:
    if value in HUNYUAN_VIDEO_V15_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_V15_TEXT_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
