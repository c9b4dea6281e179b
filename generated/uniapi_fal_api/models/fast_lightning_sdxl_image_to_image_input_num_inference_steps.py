from typing import Literal

FastLightningSdxlImageToImageInputNumInferenceSteps = Literal["1", "2", "4", "8"]

FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_NUM_INFERENCE_STEPS_VALUES: set[
    FastLightningSdxlImageToImageInputNumInferenceSteps
] = {
    "1",
    "2",
    "4",
    "8",
}


def check_fast_lightning_sdxl_image_to_image_input_num_inference_steps(
    value: str,
) -> FastLightningSdxlImageToImageInputNumInferenceSteps:
    if value in FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
