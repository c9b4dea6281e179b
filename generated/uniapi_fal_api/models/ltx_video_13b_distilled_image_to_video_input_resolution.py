from typing import Literal

LtxVideo13BDistilledImageToVideoInputResolution = Literal["480p", "720p"]

LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LtxVideo13BDistilledImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_video_13b_distilled_image_to_video_input_resolution(
    value: str,
) -> LtxVideo13BDistilledImageToVideoInputResolution:
    if value in LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_13B_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
