from typing import Literal

ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice = Literal[
    "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
]

RESEMBLE_AI_CHATTERBOXHD_SPEECH_TO_SPEECH_INPUT_TARGET_VOICE_VALUES: set[
    ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice
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


def check_resemble_ai_chatterboxhd_speech_to_speech_input_target_voice(
    value: str,
) -> ResembleAiChatterboxhdSpeechToSpeechInputTargetVoice:
    if value in RESEMBLE_AI_CHATTERBOXHD_SPEECH_TO_SPEECH_INPUT_TARGET_VOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESEMBLE_AI_CHATTERBOXHD_SPEECH_TO_SPEECH_INPUT_TARGET_VOICE_VALUES!r}"
    )
