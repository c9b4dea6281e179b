from typing import Literal

WanV2214BSpeechToVideoInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV2214BSpeechToVideoInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v2214b_speech_to_video_input_video_write_mode(
    value: str,
) -> WanV2214BSpeechToVideoInputVideoWriteMode:
    if value in WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_SPEECH_TO_VIDEO_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
