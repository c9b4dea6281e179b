from typing import Literal

AceStepAudioInpaintInputScheduler = Literal["euler", "heun"]

ACE_STEP_AUDIO_INPAINT_INPUT_SCHEDULER_VALUES: set[AceStepAudioInpaintInputScheduler] = {
    "euler",
    "heun",
}


def check_ace_step_audio_inpaint_input_scheduler(value: str) -> AceStepAudioInpaintInputScheduler:
    if value in ACE_STEP_AUDIO_INPAINT_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_INPAINT_INPUT_SCHEDULER_VALUES!r}"
    )
