from typing import Literal

MinimaxSpeech02TurboInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_02_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech02TurboInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_02_turbo_input_output_format(
    value: str,
) -> MinimaxSpeech02TurboInputOutputFormat:
    if value in MINIMAX_SPEECH_02_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_02_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
