from typing import Literal

Ltx2RetakeVideoInputRetakeMode = Literal[
    "replace_audio", "replace_audio_and_video", "replace_video"
]

LTX_2_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES: set[Ltx2RetakeVideoInputRetakeMode] = {
    "replace_audio",
    "replace_audio_and_video",
    "replace_video",
}


def check_ltx_2_retake_video_input_retake_mode(value: str) -> Ltx2RetakeVideoInputRetakeMode:
    if value in LTX_2_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_RETAKE_VIDEO_INPUT_RETAKE_MODE_VALUES!r}"
    )
