from typing import Literal

MagiDistilledInputNumInferenceSteps = Literal[4, 8, 16, 32]

MAGI_DISTILLED_INPUT_NUM_INFERENCE_STEPS_VALUES: set[MagiDistilledInputNumInferenceSteps] = {
    4,
    8,
    16,
    32,
}


def check_magi_distilled_input_num_inference_steps(
    value: int,
) -> MagiDistilledInputNumInferenceSteps:
    if value in MAGI_DISTILLED_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
