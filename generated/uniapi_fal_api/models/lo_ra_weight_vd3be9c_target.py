from typing import Literal

LoRAWeightVD3BE9CTarget = Literal["both", "conditioner", "dit"]

LO_RA_WEIGHT_VD3BE9C_TARGET_VALUES: set[LoRAWeightVD3BE9CTarget] = {
    "both",
    "conditioner",
    "dit",
}


def check_lo_ra_weight_vd3be9c_target(value: str) -> LoRAWeightVD3BE9CTarget:
    if value in LO_RA_WEIGHT_VD3BE9C_TARGET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LO_RA_WEIGHT_VD3BE9C_TARGET_VALUES!r}"
    )
