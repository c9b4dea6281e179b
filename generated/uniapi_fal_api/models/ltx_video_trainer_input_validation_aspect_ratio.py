from typing import Literal

LtxVideoTrainerInputValidationAspectRatio = Literal["16:9", "1:1", "9:16"]

LTX_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES: set[
    LtxVideoTrainerInputValidationAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ltx_video_trainer_input_validation_aspect_ratio(
    value: str,
) -> LtxVideoTrainerInputValidationAspectRatio:
    if value in LTX_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_VIDEO_TRAINER_INPUT_VALIDATION_ASPECT_RATIO_VALUES!r}"
    )
