from typing import Literal

KlingVideoO1StandardReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoO1StandardReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o1_standard_reference_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoO1StandardReferenceToVideoInputAspectRatio:
    if value in KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
