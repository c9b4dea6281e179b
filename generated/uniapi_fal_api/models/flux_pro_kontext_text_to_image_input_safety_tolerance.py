from typing import Literal

FluxProKontextTextToImageInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    FluxProKontextTextToImageInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_flux_pro_kontext_text_to_image_input_safety_tolerance(
    value: str,
) -> FluxProKontextTextToImageInputSafetyTolerance:
    if value in FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_TEXT_TO_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
