from typing import Literal

Ltxv13B098DistilledImageToVideoInputResolution = Literal["480p", "720p"]

LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    Ltxv13B098DistilledImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_ltxv_13b098_distilled_image_to_video_input_resolution(
    value: str,
) -> Ltxv13B098DistilledImageToVideoInputResolution:
    if value in LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
