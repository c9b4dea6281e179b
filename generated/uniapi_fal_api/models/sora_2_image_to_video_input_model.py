from typing import Literal

Sora2ImageToVideoInputModel = Literal["sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08"]

SORA_2_IMAGE_TO_VIDEO_INPUT_MODEL_VALUES: set[Sora2ImageToVideoInputModel] = {
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
}


def check_sora_2_image_to_video_input_model(value: str) -> Sora2ImageToVideoInputModel:
    if value in SORA_2_IMAGE_TO_VIDEO_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_IMAGE_TO_VIDEO_INPUT_MODEL_VALUES!r}"
    )
