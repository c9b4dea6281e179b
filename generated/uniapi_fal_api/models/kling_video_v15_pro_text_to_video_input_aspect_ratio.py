from typing import Literal

KlingVideoV15ProTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V15_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV15ProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v15_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV15ProTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V15_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V15_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
