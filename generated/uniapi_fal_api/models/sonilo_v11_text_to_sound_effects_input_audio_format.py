from typing import Literal

SoniloV11TextToSoundEffectsInputAudioFormat = Literal["aac", "flac", "mp3", "wav"]

SONILO_V11_TEXT_TO_SOUND_EFFECTS_INPUT_AUDIO_FORMAT_VALUES: set[
    SoniloV11TextToSoundEffectsInputAudioFormat
] = {
    "aac",
    "flac",
    "mp3",
    "wav",
}


def check_sonilo_v11_text_to_sound_effects_input_audio_format(
    value: str,
) -> SoniloV11TextToSoundEffectsInputAudioFormat:
    if value in SONILO_V11_TEXT_TO_SOUND_EFFECTS_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SONILO_V11_TEXT_TO_SOUND_EFFECTS_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
