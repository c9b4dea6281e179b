from typing import Literal

FastLightningSdxlInpaintingInputNumInferenceSteps = Literal["1", "2", "4", "8"]

FAST_LIGHTNING_SDXL_INPAINTING_INPUT_NUM_INFERENCE_STEPS_VALUES: set[
    FastLightningSdxlInpaintingInputNumInferenceSteps
] = {
    "1",
    "2",
    "4",
    "8",
}


def check_fast_lightning_sdxl_inpainting_input_num_inference_steps(
    value: str,
) -> FastLightningSdxlInpaintingInputNumInferenceSteps:
    if value in FAST_LIGHTNING_SDXL_INPAINTING_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_INPAINTING_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
