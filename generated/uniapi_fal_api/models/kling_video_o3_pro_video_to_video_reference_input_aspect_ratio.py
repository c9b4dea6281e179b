from typing import Literal

KlingVideoO3ProVideoToVideoReferenceInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoO3ProVideoToVideoReferenceInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_kling_video_o3_pro_video_to_video_reference_input_aspect_ratio(
    value: str,
) -> KlingVideoO3ProVideoToVideoReferenceInputAspectRatio:
    if value in KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_VIDEO_TO_VIDEO_REFERENCE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
