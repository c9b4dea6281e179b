from typing import Literal

MinimaxSpeech26HdInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_26_HD_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech26HdInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_26_hd_input_output_format(
    value: str,
) -> MinimaxSpeech26HdInputOutputFormat:
    if value in MINIMAX_SPEECH_26_HD_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
