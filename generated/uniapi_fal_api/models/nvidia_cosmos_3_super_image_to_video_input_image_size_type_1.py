from typing import Literal

NvidiaCosmos3SuperImageToVideoInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

NVIDIA_COSMOS_3_SUPER_IMAGE_TO_VIDEO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    NvidiaCosmos3SuperImageToVideoInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_nvidia_cosmos_3_super_image_to_video_input_image_size_type_1(
    value: str,
) -> NvidiaCosmos3SuperImageToVideoInputImageSizeType1:
    if value in NVIDIA_COSMOS_3_SUPER_IMAGE_TO_VIDEO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_COSMOS_3_SUPER_IMAGE_TO_VIDEO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
