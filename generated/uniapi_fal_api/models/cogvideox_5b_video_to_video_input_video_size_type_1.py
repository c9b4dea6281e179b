from typing import Literal

Cogvideox5BVideoToVideoInputVideoSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

COGVIDEOX_5B_VIDEO_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    Cogvideox5BVideoToVideoInputVideoSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_cogvideox_5b_video_to_video_input_video_size_type_1(
    value: str,
) -> Cogvideox5BVideoToVideoInputVideoSizeType1:
    if value in COGVIDEOX_5B_VIDEO_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COGVIDEOX_5B_VIDEO_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
