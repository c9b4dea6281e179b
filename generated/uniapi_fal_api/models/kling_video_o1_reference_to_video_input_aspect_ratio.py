from typing import Literal

KlingVideoO1ReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoO1ReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o1_reference_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoO1ReferenceToVideoInputAspectRatio:
    if value in KLING_VIDEO_O1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
