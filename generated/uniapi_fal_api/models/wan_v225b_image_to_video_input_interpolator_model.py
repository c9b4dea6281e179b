from typing import Literal

WanV225BImageToVideoInputInterpolatorModel = Literal["film", "none", "rife"]

WAN_V225B_IMAGE_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES: set[
    WanV225BImageToVideoInputInterpolatorModel
] = {
    "film",
    "none",
    "rife",
}


def check_wan_v225b_image_to_video_input_interpolator_model(
    value: str,
) -> WanV225BImageToVideoInputInterpolatorModel:
    if value in WAN_V225B_IMAGE_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_IMAGE_TO_VIDEO_INPUT_INTERPOLATOR_MODEL_VALUES!r}"
    )
