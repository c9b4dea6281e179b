from typing import Literal

BirefnetV2VideoInputModel = Literal[
    "General Use (Dynamic)",
    "General Use (Heavy)",
    "General Use (Light 2K)",
    "General Use (Light)",
    "Matting",
    "Portrait",
]

BIREFNET_V2_VIDEO_INPUT_MODEL_VALUES: set[BirefnetV2VideoInputModel] = {
    "General Use (Dynamic)",
    "General Use (Heavy)",
    "General Use (Light 2K)",
    "General Use (Light)",
    "Matting",
    "Portrait",
}


def check_birefnet_v2_video_input_model(value: str) -> BirefnetV2VideoInputModel:
    if value in BIREFNET_V2_VIDEO_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIREFNET_V2_VIDEO_INPUT_MODEL_VALUES!r}"
    )
