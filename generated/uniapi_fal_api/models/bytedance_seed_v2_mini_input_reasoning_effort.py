from typing import Literal

BytedanceSeedV2MiniInputReasoningEffort = Literal["high", "low", "medium", "minimal"]

BYTEDANCE_SEED_V2_MINI_INPUT_REASONING_EFFORT_VALUES: set[
    BytedanceSeedV2MiniInputReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
}


def check_bytedance_seed_v2_mini_input_reasoning_effort(
    value: str,
) -> BytedanceSeedV2MiniInputReasoningEffort:
    if value in BYTEDANCE_SEED_V2_MINI_INPUT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_V2_MINI_INPUT_REASONING_EFFORT_VALUES!r}"
    )
