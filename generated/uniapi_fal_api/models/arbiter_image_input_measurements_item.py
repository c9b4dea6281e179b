from typing import Literal

ArbiterImageInputMeasurementsItem = Literal["arniqa", "clip_iqa", "lapvar", "musiq", "nima"]

ARBITER_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES: set[ArbiterImageInputMeasurementsItem] = {
    "arniqa",
    "clip_iqa",
    "lapvar",
    "musiq",
    "nima",
}


def check_arbiter_image_input_measurements_item(value: str) -> ArbiterImageInputMeasurementsItem:
    if value in ARBITER_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARBITER_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES!r}"
    )
