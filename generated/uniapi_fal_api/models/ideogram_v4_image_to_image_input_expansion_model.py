from typing import Literal

IdeogramV4ImageToImageInputExpansionModel = Literal["Large", "Medium", "None"]

IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_EXPANSION_MODEL_VALUES: set[
    IdeogramV4ImageToImageInputExpansionModel
] = {
    "Large",
    "Medium",
    "None",
}


def check_ideogram_v4_image_to_image_input_expansion_model(
    value: str,
) -> IdeogramV4ImageToImageInputExpansionModel:
    if value in IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_EXPANSION_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_IMAGE_TO_IMAGE_INPUT_EXPANSION_MODEL_VALUES!r}"
    )
