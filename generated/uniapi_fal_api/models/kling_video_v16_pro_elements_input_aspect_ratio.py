from typing import Literal

KlingVideoV16ProElementsInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV16ProElementsInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v16_pro_elements_input_aspect_ratio(
    value: str,
) -> KlingVideoV16ProElementsInputAspectRatio:
    if value in KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_ELEMENTS_INPUT_ASPECT_RATIO_VALUES!r}"
    )
