from typing import Literal

VibeVoiceSpeakerPreset = Literal[
    "Alice [EN]",
    "Anchen [ZH] (Background Music)",
    "Bowen [ZH]",
    "Carter [EN]",
    "Frank [EN]",
    "Mary [EN] (Background Music)",
    "Maya [EN]",
    "Xinran [ZH]",
]

VIBE_VOICE_SPEAKER_PRESET_VALUES: set[VibeVoiceSpeakerPreset] = {
    "Alice [EN]",
    "Anchen [ZH] (Background Music)",
    "Bowen [ZH]",
    "Carter [EN]",
    "Frank [EN]",
    "Mary [EN] (Background Music)",
    "Maya [EN]",
    "Xinran [ZH]",
}


def check_vibe_voice_speaker_preset(value: str) -> VibeVoiceSpeakerPreset:
    if value in VIBE_VOICE_SPEAKER_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIBE_VOICE_SPEAKER_PRESET_VALUES!r}"
    )
