from typing import Literal

WanV22A14BVideoToVideoInputInterpolatorModel = Literal["film", "none", "rife"]

WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanV22A14BVideoToVideoInputInterpolatorModel
] = {
    "film",
    "none",
    "rife",
}


def check_wan_v22a14b_video_to_video_input_interpolator_model(
    value: str,
) -> WanV22A14BVideoToVideoInputInterpolatorModel:
    if value in WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V22A14B_VIDEO_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
