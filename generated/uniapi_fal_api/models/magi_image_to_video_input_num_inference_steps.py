from typing import Literal

MagiImageToVideoInputNumInferenceSteps = Literal[4, 8, 16, 32, 64]

MAGI_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES: set[
    MagiImageToVideoInputNumInferenceSteps
] = {
    4,
    8,
    16,
    32,
    64,
}


def check_magi_image_to_video_input_num_inference_steps(
    value: int,
) -> MagiImageToVideoInputNumInferenceSteps:
    if value in MAGI_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
