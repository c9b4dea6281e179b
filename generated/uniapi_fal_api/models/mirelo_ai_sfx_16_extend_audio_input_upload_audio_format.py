from typing import Literal

MireloAiSfx16ExtendAudioInputUploadAudioFormat = Literal["aac", "flac", "mp3", "wav"]

MIRELO_AI_SFX_16_EXTEND_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES: set[
    MireloAiSfx16ExtendAudioInputUploadAudioFormat
] = {
    "aac",
    "flac",
    "mp3",
    "wav",
}


def check_mirelo_ai_sfx_16_extend_audio_input_upload_audio_format(
    value: str,
) -> MireloAiSfx16ExtendAudioInputUploadAudioFormat:
    if value in MIRELO_AI_SFX_16_EXTEND_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIRELO_AI_SFX_16_EXTEND_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES!r}"
    )
