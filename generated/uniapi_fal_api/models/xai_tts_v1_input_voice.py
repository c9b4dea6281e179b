from typing import Literal

XaiTtsV1InputVoice = Literal["ara", "eve", "leo", "rex", "sal"]

XAI_TTS_V1_INPUT_VOICE_VALUES: set[XaiTtsV1InputVoice] = {
    "ara",
    "eve",
    "leo",
    "rex",
    "sal",
}


def check_xai_tts_v1_input_voice(value: str) -> XaiTtsV1InputVoice:
    if value in XAI_TTS_V1_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {XAI_TTS_V1_INPUT_VOICE_VALUES!r}"
    )
