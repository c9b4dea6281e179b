from typing import Literal

Ltx23RetakeVideoInputRetakeMode = Literal[
    "replace_audio", "replace_audio_and_video", "replace_video"
]

LTX_23_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES: set[Ltx23RetakeVideoInputRetakeMode] = {
    "replace_audio",
    "replace_audio_and_video",
    "replace_video",
}


def check_ltx_23_retake_video_input_retake_mode(value: str) -> Ltx23RetakeVideoInputRetakeMode:
    if value in LTX_23_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES!r}"
    )
