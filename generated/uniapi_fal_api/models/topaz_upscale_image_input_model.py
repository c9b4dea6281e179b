from typing import Literal

TopazUpscaleImageInputModel = Literal[
    "CGI",
    "High Fidelity V2",
    "Low Resolution V2",
    "Recovery",
    "Recovery V2",
    "Redefine",
    "Standard MAX",
    "Standard V2",
    "Text Refine",
    "Wonder",
    "Wonder 3",
]

TOPAZ_UPSCALE_IMAGE_INPUT_MODEL_VALUES: set[TopazUpscaleImageInputModel] = {
    "CGI",
    "High Fidelity V2",
    "Low Resolution V2",
    "Recovery",
    "Recovery V2",
    "Redefine",
    "Standard MAX",
    "Standard V2",
    "Text Refine",
    "Wonder",
    "Wonder 3",
}


def check_topaz_upscale_image_input_model(value: str) -> TopazUpscaleImageInputModel:
    if value in TOPAZ_UPSCALE_IMAGE_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZ_UPSCALE_IMAGE_INPUT_MODEL_VALUES!r}"
    )
