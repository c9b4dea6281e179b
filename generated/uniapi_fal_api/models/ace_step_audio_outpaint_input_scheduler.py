from typing import Literal

AceStepAudioOutpaintInputScheduler = Literal["euler", "heun"]

ACE_STEP_AUDIO_OUTPAINT_INPUT_SCHEDULER_VALUES: set[AceStepAudioOutpaintInputScheduler] = {
    "euler",
    "heun",
}


def check_ace_step_audio_outpaint_input_scheduler(value: str) -> AceStepAudioOutpaintInputScheduler:
    if value in ACE_STEP_AUDIO_OUTPAINT_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_AUDIO_OUTPAINT_INPUT_SCHEDULER_VALUES!r}"
    )
