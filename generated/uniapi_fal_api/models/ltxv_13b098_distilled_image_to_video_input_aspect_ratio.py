from typing import Literal

Ltxv13B098DistilledImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Ltxv13B098DistilledImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltxv_13b098_distilled_image_to_video_input_aspect_ratio(
    value: str,
) -> Ltxv13B098DistilledImageToVideoInputAspectRatio:
    if value in LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTXV_13B098_DISTILLED_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
