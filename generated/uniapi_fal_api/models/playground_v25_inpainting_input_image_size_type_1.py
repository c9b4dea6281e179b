from typing import Literal

PlaygroundV25InpaintingInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PLAYGROUND_V25_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    PlaygroundV25InpaintingInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_playground_v25_inpainting_input_image_size_type_1(
    value: str,
) -> PlaygroundV25InpaintingInputImageSizeType1:
    if value in PLAYGROUND_V25_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLAYGROUND_V25_INPAINTING_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
