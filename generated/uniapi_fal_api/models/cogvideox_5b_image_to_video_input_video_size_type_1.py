from typing import Literal

Cogvideox5BImageToVideoInputVideoSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

COGVIDEOX_5B_IMAGE_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    Cogvideox5BImageToVideoInputVideoSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_cogvideox_5b_image_to_video_input_video_size_type_1(
    value: str,
) -> Cogvideox5BImageToVideoInputVideoSizeType1:
    if value in COGVIDEOX_5B_IMAGE_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COGVIDEOX_5B_IMAGE_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
