from typing import Literal

MinimaxPreviewSpeech25TurboInputOutputFormat = Literal["hex", "url"]

MINIMAX_PREVIEW_SPEECH_25_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[
    MinimaxPreviewSpeech25TurboInputOutputFormat
] = {
    "hex",
    "url",
}


def check_minimax_preview_speech_25_turbo_input_output_format(
    value: str,
) -> MinimaxPreviewSpeech25TurboInputOutputFormat:
    if value in MINIMAX_PREVIEW_SPEECH_25_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_PREVIEW_SPEECH_25_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
