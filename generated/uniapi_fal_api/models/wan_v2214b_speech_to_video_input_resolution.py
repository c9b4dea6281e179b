from typing import Literal

WanV2214BSpeechToVideoInputResolution = Literal["480p", "580p", "720p"]

WAN_V2214B_SPEECH_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[WanV2214BSpeechToVideoInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_v2214b_speech_to_video_input_resolution(
    value: str,
) -> WanV2214BSpeechToVideoInputResolution:
    if value in WAN_V2214B_SPEECH_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_SPEECH_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
