from typing import Literal

MireloAiSfx16TextToAudioInputUploadAudioFormat = Literal["aac", "flac", "mp3", "wav"]

MIRELO_AI_SFX_16_TEXT_TO_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES: set[
    MireloAiSfx16TextToAudioInputUploadAudioFormat
] = {
    "aac",
    "flac",
    "mp3",
    "wav",
}


def check_mirelo_ai_sfx_16_text_to_audio_input_upload_audio_format(
    value: str,
) -> MireloAiSfx16TextToAudioInputUploadAudioFormat:
    if value in MIRELO_AI_SFX_16_TEXT_TO_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIRELO_AI_SFX_16_TEXT_TO_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES!r}"
    )
