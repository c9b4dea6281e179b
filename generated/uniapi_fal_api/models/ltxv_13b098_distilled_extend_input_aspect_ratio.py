from typing import Literal

Ltxv13B098DistilledExtendInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

LTXV_13B098_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES: set[
    Ltxv13B098DistilledExtendInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_ltxv_13b098_distilled_extend_input_aspect_ratio(
    value: str,
) -> Ltxv13B098DistilledExtendInputAspectRatio:
    if value in LTXV_13B098_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTXV_13B098_DISTILLED_EXTEND_INPUT_ASPECT_RATIO_VALUES!r}"
    )
