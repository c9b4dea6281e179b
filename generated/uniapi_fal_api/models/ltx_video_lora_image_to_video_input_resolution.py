from typing import Literal

LtxVideoLoraImageToVideoInputResolution = Literal["480p", "720p"]

LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    LtxVideoLoraImageToVideoInputResolution
] = {
    "480p",
    "720p",
}


def check_ltx_video_lora_image_to_video_input_resolution(
    value: str,
) -> LtxVideoLoraImageToVideoInputResolution:
    if value in LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
