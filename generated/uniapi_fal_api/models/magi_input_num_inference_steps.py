from typing import Literal

MagiInputNumInferenceSteps = Literal[4, 8, 16, 32, 64]

MAGI_INPUT_NUM_INFERENCE_STEPS_VALUES: set[MagiInputNumInferenceSteps] = {
    4,
    8,
    16,
    32,
    64,
}


def check_magi_input_num_inference_steps(value: int) -> MagiInputNumInferenceSteps:
    if value in MAGI_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
