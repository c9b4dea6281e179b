from typing import Literal

FashnTryonV15InputGarmentPhotoType = Literal["auto", "flat-lay", "model"]

FASHN_TRYON_V15_INPUT_GARMENT_PHOTO_TYPE_VALUES: set[FashnTryonV15InputGarmentPhotoType] = {
    "auto",
    "flat-lay",
    "model",
}


def check_fashn_tryon_v15_input_garment_photo_type(
    value: str,
) -> FashnTryonV15InputGarmentPhotoType:
    if value in FASHN_TRYON_V15_INPUT_GARMENT_PHOTO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V15_INPUT_GARMENT_PHOTO_TYPE_VALUES!r}"
    )
