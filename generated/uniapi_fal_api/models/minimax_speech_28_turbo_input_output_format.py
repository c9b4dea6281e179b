from typing import Literal

MinimaxSpeech28TurboInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_28_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech28TurboInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_28_turbo_input_output_format(
    value: str,
) -> MinimaxSpeech28TurboInputOutputFormat:
    if value in MINIMAX_SPEECH_28_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
