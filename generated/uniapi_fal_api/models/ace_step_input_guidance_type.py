from typing import Literal

AceStepInputGuidanceType = Literal["apg", "cfg", "cfg_star"]

ACE_STEP_INPUT_GUIDANCE_TYPE_VALUES: set[AceStepInputGuidanceType] = {
    "apg",
    "cfg",
    "cfg_star",
}


def check_ace_step_input_guidance_type(value: str) -> AceStepInputGuidanceType:
    if value in ACE_STEP_INPUT_GUIDANCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_INPUT_GUIDANCE_TYPE_VALUES!r}"
    )
