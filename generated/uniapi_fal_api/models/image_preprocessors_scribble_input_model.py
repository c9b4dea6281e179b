from typing import Literal

ImagePreprocessorsScribbleInputModel = Literal["HED", "PiDi"]

IMAGE_PREPROCESSORS_SCRIBBLE_INPUT_MODEL_VALUES: set[ImagePreprocessorsScribbleInputModel] = {
    "HED",
    "PiDi",
}


def check_image_preprocessors_scribble_input_model(
    value: str,
) -> ImagePreprocessorsScribbleInputModel:
    if value in IMAGE_PREPROCESSORS_SCRIBBLE_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_PREPROCESSORS_SCRIBBLE_INPUT_MODEL_VALUES!r}"
    )
