from typing import Literal

AlibabaHappyHorseVideoEditInputAudioSetting = Literal["auto", "origin"]

ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES: set[
    AlibabaHappyHorseVideoEditInputAudioSetting
] = {
    "auto",
    "origin",
}


def check_alibaba_happy_horse_video_edit_input_audio_setting(
    value: str,
) -> AlibabaHappyHorseVideoEditInputAudioSetting:
    if value in ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPY_HORSE_VIDEO_EDIT_INPUT_AUDIO_SETTING_VALUES!r}"
    )
