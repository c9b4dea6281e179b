from typing import Literal

Ltx2322BTextToVideoInputVideoSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LTX_2322B_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES: set[
    Ltx2322BTextToVideoInputVideoSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ltx_2322b_text_to_video_input_video_size_type_1(
    value: str,
) -> Ltx2322BTextToVideoInputVideoSizeType1:
    if value in LTX_2322B_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_TEXT_TO_VIDEO_INPUT_VIDEO_SIZE_TYPE_1_VALUES!r}"
    )
