from typing import Literal

FastSvdLcmTextToVideoInputVideoSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

FAST_SVD_LCM_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    FastSvdLcmTextToVideoInputVideoSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_fast_svd_lcm_text_to_video_input_video_size_type_1(
    value: str,
) -> FastSvdLcmTextToVideoInputVideoSizeType1:
    if value in FAST_SVD_LCM_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SVD_LCM_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
