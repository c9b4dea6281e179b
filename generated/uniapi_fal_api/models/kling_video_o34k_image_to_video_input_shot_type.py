from typing import Literal

KlingVideoO34KImageToVideoInputShotType = Literal["customize", "intelligent"]

KLING_VIDEO_O34K_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES: set[
    KlingVideoO34KImageToVideoInputShotType
] = {
    "customize",
    "intelligent",
}


def check_kling_video_o34k_image_to_video_input_shot_type(
    value: str,
) -> KlingVideoO34KImageToVideoInputShotType:
    if value in KLING_VIDEO_O34K_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_IMAGE_TO_VIDEO_INPUT_SHOT_TYPE_VALUES!r}"
    )
