from typing import Literal

Ltx219BDistilledImageToVideoLoraInputVideoSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    Ltx219BDistilledImageToVideoLoraInputVideoSizeType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ltx_219b_distilled_image_to_video_lora_input_video_size_type_1(
    value: str,
) -> Ltx219BDistilledImageToVideoLoraInputVideoSizeType1:
    if value in LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_IMAGE_TO_VIDEO_LORA_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
