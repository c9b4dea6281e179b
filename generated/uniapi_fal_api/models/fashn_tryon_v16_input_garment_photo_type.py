from typing import Literal

FashnTryonV16InputGarmentPhotoType = Literal["auto", "flat-lay", "model"]

FASHN_TRYON_V16_INPUT_GARMENT_PHOTO_TYPE_VALUES: set[FashnTryonV16InputGarmentPhotoType] = {
    "auto",
    "flat-lay",
    "model",
}


def check_fashn_tryon_v16_input_garment_photo_type(
    value: str,
) -> FashnTryonV16InputGarmentPhotoType:
    if value in FASHN_TRYON_V16_INPUT_GARMENT_PHOTO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V16_INPUT_GARMENT_PHOTO_TYPE_VALUES!r}"
    )
