from typing import Literal

MinimaxSpeech26TurboInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_26_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech26TurboInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_26_turbo_input_output_format(
    value: str,
) -> MinimaxSpeech26TurboInputOutputFormat:
    if value in MINIMAX_SPEECH_26_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
