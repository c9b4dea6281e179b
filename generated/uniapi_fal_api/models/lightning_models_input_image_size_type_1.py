from typing import Literal

LightningModelsInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LIGHTNING_MODELS_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[LightningModelsInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_lightning_models_input_image_size_type_1(
    value: str,
) -> LightningModelsInputImageSizeType1:
    if value in LIGHTNING_MODELS_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIGHTNING_MODELS_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
