from typing import Literal

MagiDistilledImageToVideoInputNumInferenceSteps = Literal[4, 8, 16, 32]

MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES: set[
    MagiDistilledImageToVideoInputNumInferenceSteps
] = {
    4,
    8,
    16,
    32,
}


def check_magi_distilled_image_to_video_input_num_inference_steps(
    value: int,
) -> MagiDistilledImageToVideoInputNumInferenceSteps:
    if value in MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAGI_DISTILLED_IMAGE_TO_VIDEO_INPUT_NUM_INFERENCE_STEPS_VALUES!r}"
    )
