from typing import Literal

Sora2TextToVideoInputModel = Literal["sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08"]

SORA_2_TEXT_TO_VIDEO_INPUT_MODEL_VALUES: set[Sora2TextToVideoInputModel] = {
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
}


def check_sora_2_text_to_video_input_model(value: str) -> Sora2TextToVideoInputModel:
    if value in SORA_2_TEXT_TO_VIDEO_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_TEXT_TO_VIDEO_INPUT_MODEL_VALUES!r}"
    )
