from typing import Literal

WanV225BTextToVideoFastWanInputInterpolatorModel = Literal["film", "none", "rife"]

WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanV225BTextToVideoFastWanInputInterpolatorModel
] = {
    "film",
    "none",
    "rife",
}


def check_wan_v225b_text_to_video_fast_wan_input_interpolator_model(
    value: str,
) -> WanV225BTextToVideoFastWanInputInterpolatorModel:
    if value in WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_FAST_WAN_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
