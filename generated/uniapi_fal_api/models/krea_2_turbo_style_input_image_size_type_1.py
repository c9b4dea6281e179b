from typing import Literal

Krea2TurboStyleInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

KREA_2_TURBO_STYLE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[Krea2TurboStyleInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_krea_2_turbo_style_input_image_size_type_1(
    value: str,
) -> Krea2TurboStyleInputImageSizeType1:
    if value in KREA_2_TURBO_STYLE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_STYLE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
