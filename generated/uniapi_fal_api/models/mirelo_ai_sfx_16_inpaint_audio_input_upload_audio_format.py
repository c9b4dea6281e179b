from typing import Literal

MireloAiSfx16InpaintAudioInputUploadAudioFormat = Literal["aac", "flac", "mp3", "wav"]

MIRELO_AI_SFX_16_INPAINT_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES: set[
    MireloAiSfx16InpaintAudioInputUploadAudioFormat
] = {
    "aac",
    "flac",
    "mp3",
    "wav",
}


def check_mirelo_ai_sfx_16_inpaint_audio_input_upload_audio_format(
    value: str,
) -> MireloAiSfx16InpaintAudioInputUploadAudioFormat:
    if value in MIRELO_AI_SFX_16_INPAINT_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIRELO_AI_SFX_16_INPAINT_AUDIO_INPUT_UPLOAD_AUDIO_FORMAT_VALUES!r}"
    )
