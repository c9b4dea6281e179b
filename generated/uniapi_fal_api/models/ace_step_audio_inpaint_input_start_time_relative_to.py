from typing import Literal

AceStepAudioInpaintInputStartTimeRelativeTo = Literal["end", "start"]

ACE_STEP_AUDIO_INPAINT_INPUT_START_TIME_RELATIVE_TO_VALUES: set[
    AceStepAudioInpaintInputStartTimeRelativeTo
] = {
    "end",
    "start",
}


def check_ace_step_audio_inpaint_input_start_time_relative_to(
    value: str,
) -> AceStepAudioInpaintInputStartTimeRelativeTo:
    if value in ACE_STEP_AUDIO_INPAINT_INPUT_START_TIME_RELATIVE_TO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_INPAINT_INPUT_START_TIME_RELATIVE_TO_VALUES!r}"
    )
