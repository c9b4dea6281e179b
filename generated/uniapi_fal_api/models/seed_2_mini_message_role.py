from typing import Literal

Seed2MiniMessageRole = Literal["assistant", "system", "user"]

SEED_2_MINI_MESSAGE_ROLE_VALUES: set[Seed2MiniMessageRole] = {
    "assistant",
    "system",
    "user",
}


def check_seed_2_mini_message_role(value: str) -> Seed2MiniMessageRole:
    if value in SEED_2_MINI_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEED_2_MINI_MESSAGE_ROLE_VALUES!r}"
    )
