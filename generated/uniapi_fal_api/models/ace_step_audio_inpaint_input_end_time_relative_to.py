from typing import Literal

AceStepAudioInpaintInputEndTimeRelativeTo = Literal["end", "start"]

ACE_STEP_AUDIO_INPAINT_INPUT_END_TIME_RELATIVE_TO_VALUES: set[
    AceStepAudioInpaintInputEndTimeRelativeTo
] = {
    "end",
    "start",
}


def check_ace_step_audio_inpaint_input_end_time_relative_to(
    value: str,
) -> AceStepAudioInpaintInputEndTimeRelativeTo:
    if value in ACE_STEP_AUDIO_INPAINT_INPUT_END_TIME_RELATIVE_TO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_INPAINT_INPUT_END_TIME_RELATIVE_TO_VALUES!r}"
    )
