from typing import Literal

MagiExtendVideoInputNumInferenceSteps = Literal[4, 8, 16, 32, 64]

MAGI_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES: set[MagiExtendVideoInputNumInferenceSteps] = {
    4,
    8,
    16,
    32,
    64,
}


def check_magi_extend_video_input_num_inference_steps(
    value: int,
) -> MagiExtendVideoInputNumInferenceSteps:
    if value in MAGI_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_EXTEND_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
