from typing import Literal

MinimaxSpeech02HdInputOutputFormat = Literal["hex", "url"]

MINIMAX_SPEECH_02_HD_INPUT_OUTPUT_FORMAT_VALUES: set[MinimaxSpeech02HdInputOutputFormat] = {
    "hex",
    "url",
}


def check_minimax_speech_02_hd_input_output_format(
    value: str,
) -> MinimaxSpeech02HdInputOutputFormat:
    if value in MINIMAX_SPEECH_02_HD_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_02_HD_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
