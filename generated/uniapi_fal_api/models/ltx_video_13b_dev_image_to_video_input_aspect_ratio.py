from typing import Literal

LtxVideo13BDevImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_13B_DEV_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideo13BDevImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_13b_dev_image_to_video_input_aspect_ratio(
    value: str,
) -> LtxVideo13BDevImageToVideoInputAspectRatio:
    if value in LTX_VIDEO_13B_DEV_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DEV_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
