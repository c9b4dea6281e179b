from typing import Literal

Qwen3TtsTextToSpeech17BInputVoice = Literal[
    "Aiden", "Dylan", "Eric", "Ono_Anna", "Ryan", "Serena", "Sohee", "Uncle_Fu", "Vivian"
]

QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_VOICE_VALUES: set[Qwen3TtsTextToSpeech17BInputVoice] = {
    "Aiden",
    "Dylan",
    "Eric",
    "Ono_Anna",
    "Ryan",
    "Serena",
    "Sohee",
    "Uncle_Fu",
    "Vivian",
}


def check_qwen_3_tts_text_to_speech_17b_input_voice(
    value: str,
) -> Qwen3TtsTextToSpeech17BInputVoice:
    if value in QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_3_TTS_TEXT_TO_SPEECH_17B_INPUT_VOICE_VALUES!r}"
    )
