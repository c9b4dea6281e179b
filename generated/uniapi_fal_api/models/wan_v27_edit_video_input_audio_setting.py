from typing import Literal

WanV27EditVideoInputAudioSetting = Literal["auto", "origin"]

WAN_V27_EDIT_VIDEO_INPUT_AUDIO_SETTING_VALUES: set[WanV27EditVideoInputAudioSetting] = {
    "auto",
    "origin",
}


def check_wan_v27_edit_video_input_audio_setting(value: str) -> WanV27EditVideoInputAudioSetting:
    if value in WAN_V27_EDIT_VIDEO_INPUT_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_EDIT_VIDEO_INPUT_AUDIO_SETTING_VALUES!r}"
    )
