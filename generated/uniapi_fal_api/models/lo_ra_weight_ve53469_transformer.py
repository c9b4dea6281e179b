from typing import Literal

LoRAWeightVE53469Transformer = Literal["both", "high", "low"]

LO_RA_WEIGHT_VE53469_TRANSFORMER_VALUES: set[LoRAWeightVE53469Transformer] = {
    "both",
    "high",
    "low",
}


def check_lo_ra_weight_ve53469_transformer(value: str) -> LoRAWeightVE53469Transformer:
    if value in LO_RA_WEIGHT_VE53469_TRANSFORMER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LO_RA_WEIGHT_VE53469_TRANSFORMER_VALUES!r}"
    )
