from typing import Literal

ResembleAiChatterboxhdTextToSpeechInputVoice = Literal[
    "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
]

RESEMBLE_AI_CHATTERBOXHD_TEXT_TO_SPEECH_INPUT_VOICE_VALUES: set[
    ResembleAiChatterboxhdTextToSpeechInputVoice
] = {
    "Aurora",
    "Blade",
    "Britney",
    "Carl",
    "Cliff",
    "Richard",
    "Rico",
    "Siobhan",
    "Vicky",
}


def check_resemble_ai_chatterboxhd_text_to_speech_input_voice(
    value: str,
) -> ResembleAiChatterboxhdTextToSpeechInputVoice:
    if value in RESEMBLE_AI_CHATTERBOXHD_TEXT_TO_SPEECH_INPUT_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEMBLE_AI_CHATTERBOXHD_TEXT_TO_SPEECH_INPUT_VOICE_VALUES!r}"
    )
