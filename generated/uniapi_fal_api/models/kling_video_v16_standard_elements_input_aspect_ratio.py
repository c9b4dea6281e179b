from typing import Literal

KlingVideoV16StandardElementsInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V16_STANDARD_ELEMENTS_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV16StandardElementsInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v16_standard_elements_input_aspect_ratio(
    value: str,
) -> KlingVideoV16StandardElementsInputAspectRatio:
    if value in KLING_VIDEO_V16_STANDARD_ELEMENTS_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_STANDARD_ELEMENTS_INPUT_ASPECT_RATIO_VALUES!r}"
    )
