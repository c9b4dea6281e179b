from typing import Literal

MinimaxSpeech28HdInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_28_HD_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech28HdInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_28_hd_input_output_format(
    value: str,
) -> MinimaxSpeech28HdInputOutputFormat:
    if value in MINIMAX_SPEECH_28_HD_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_HD_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
