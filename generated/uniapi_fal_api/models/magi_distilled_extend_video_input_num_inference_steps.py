from typing import Literal

MagiDistilledExtendVideoInputNumInferenceSteps = Literal[4, 8, 16, 32]

MAGI_DISTILLED_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES: set[
    MagiDistilledExtendVideoInputNumInferenceSteps
] = {
    4,
    8,
    16,
    32,
}


def check_magi_distilled_extend_video_input_num_inference_steps(
    value: int,
) -> MagiDistilledExtendVideoInputNumInferenceSteps:
    if value in MAGI_DISTILLED_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
