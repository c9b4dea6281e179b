from typing import Literal

KlingVideoV26ProTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV26ProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v26_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV26ProTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V26_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
