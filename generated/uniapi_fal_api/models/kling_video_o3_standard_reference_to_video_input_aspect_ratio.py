from typing import Literal

KlingVideoO3StandardReferenceToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoO3StandardReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o3_standard_reference_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoO3StandardReferenceToVideoInputAspectRatio:
    if value in KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STANDARD_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
