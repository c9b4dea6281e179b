from typing import Literal

WanV22A14BTextToVideoInputInterpolatorModel = Literal["film", "none", "rife"]

WAN_V22A14B_TEXT_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanV22A14BTextToVideoInputInterpolatorModel
] = {
    "film",
    "none",
    "rife",
}


def check_wan_v22a14b_text_to_video_input_interpolator_model(
    value: str,
) -> WanV22A14BTextToVideoInputInterpolatorModel:
    if value in WAN_V22A14B_TEXT_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_TEXT_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
