from typing import Literal

MinimaxVoiceCloneInputModel = Literal[
    "speech-01-hd", "speech-01-turbo", "speech-02-hd", "speech-02-turbo"
]

MINIMAX_VOICE_CLONE_INPUT_MODEL_VALUES: set[MinimaxVoiceCloneInputModel] = {
    "speech-01-hd",
    "speech-01-turbo",
    "speech-02-hd",
    "speech-02-turbo",
}


def check_minimax_voice_clone_input_model(value: str) -> MinimaxVoiceCloneInputModel:
    if value in MINIMAX_VOICE_CLONE_INPUT_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_VOICE_CLONE_INPUT_MODEL_VALUES!r}"
    )
