from typing import Literal

LtxVideoLoraImageToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    LtxVideoLoraImageToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltx_video_lora_image_to_video_input_aspect_ratio(
    value: str,
) -> LtxVideoLoraImageToVideoInputAspectRatio:
    if value in LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_LORA_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
