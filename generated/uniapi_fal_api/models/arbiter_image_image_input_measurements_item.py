from typing import Literal

ArbiterImageImageInputMeasurementsItem = Literal["dists", "lpips", "mse", "sdi", "ssim"]

ARBITER_IMAGE_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES: set[ArbiterImageImageInputMeasurementsItem] = {
    "dists",
    "lpips",
    "mse",
    "sdi",
    "ssim",
}


def check_arbiter_image_image_input_measurements_item(
    value: str,
) -> ArbiterImageImageInputMeasurementsItem:
    if value in ARBITER_IMAGE_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARBITER_IMAGE_IMAGE_INPUT_MEASUREMENTS_ITEM_VALUES!r}"
    )
