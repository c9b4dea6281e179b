from typing import Literal

DepthAnythingVideoInputModel = Literal["VDA-Base", "VDA-Large", "VDA-Small"]

DEPTH_ANYTHING_VIDEO_INPUT_MODEL_VALUES: set[DepthAnythingVideoInputModel] = {
    "VDA-Base",
    "VDA-Large",
    "VDA-Small",
}


def check_depth_anything_video_input_model(value: str) -> DepthAnythingVideoInputModel:
    if value in DEPTH_ANYTHING_VIDEO_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_VIDEO_INPUT_MODEL_VALUES!r}"
    )
