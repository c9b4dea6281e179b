from typing import Literal

ArbiterImageTextInputMeasurementsItem = Literal["clip_score"]

ARBITER_IMAGE_TEXT_INPUT_MEASUREMENTS_ITEM_VALUES: set[ArbiterImageTextInputMeasurementsItem] = {
    "clip_score",
}


def check_arbiter_image_text_input_measurements_item(
    value: str,
) -> ArbiterImageTextInputMeasurementsItem:
    if value in ARBITER_IMAGE_TEXT_INPUT_MEASUREMENTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARBITER_IMAGE_TEXT_INPUT_MEASUREMENTS_ITEM_VALUES!r}"
    )
