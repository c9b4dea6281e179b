from typing import Literal

IdeogramCustomModelsGenerateInputRenderingSpeed = Literal["BALANCED", "QUALITY", "TURBO"]

IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_RENDERING_SPEED_VALUES: set[
    IdeogramCustomModelsGenerateInputRenderingSpeed
] = {
    "BALANCED",
    "QUALITY",
    "TURBO",
}


def check_ideogram_custom_models_generate_input_rendering_speed(
    value: str,
) -> IdeogramCustomModelsGenerateInputRenderingSpeed:
    if value in IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_RENDERING_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_CUSTOM_MODELS_GENERATE_INPUT_RENDERING_SPEED_VALUES!r}"
    )
