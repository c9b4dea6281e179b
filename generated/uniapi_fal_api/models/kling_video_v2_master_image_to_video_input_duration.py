from typing import Literal

KlingVideoV2MasterImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V2_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV2MasterImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v2_master_image_to_video_input_duration(
    value: str,
) -> KlingVideoV2MasterImageToVideoInputDuration:
    if value in KLING_VIDEO_V2_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V2_MASTER_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
