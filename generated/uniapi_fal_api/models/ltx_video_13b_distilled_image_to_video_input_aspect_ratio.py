from typing import Literal

LtxVideo13BDistilledImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideo13BDistilledImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_13b_distilled_image_to_video_input_aspect_ratio(
    value: str,
) -> LtxVideo13BDistilledImageToVideoInputAspectRatio:
    if value in LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
