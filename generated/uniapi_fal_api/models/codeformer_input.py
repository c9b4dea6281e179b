from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .codeformer_output import CodeformerOutput  # noqa: F401


T = TypeVar("T", bound="CodeformerInput")


@_attrs_define
class CodeformerInput(FalInput["CodeformerOutput"], endpoint="fal-ai/codeformer"):
    """Input of `fal-ai/codeformer` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript types):
    types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aligned: bool | Unset = UNSET
    """Boolean."""
    face_upscale: bool | Unset = UNSET
    """Boolean. Server default: true."""
    fidelity: float | Unset = UNSET
    """Number. Server default: 0.5."""
    only_center_face: bool | Unset = UNSET
    """Boolean."""
    seed: float | Unset = UNSET
    """Number."""
    upscale_factor: float | Unset = UNSET
    """Number. Server default: 2."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aligned = self.aligned

        face_upscale = self.face_upscale

        fidelity = self.fidelity

        only_center_face = self.only_center_face

        seed = self.seed

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aligned is not UNSET:
            field_dict["aligned"] = aligned
        if face_upscale is not UNSET:
            field_dict["face_upscale"] = face_upscale
        if fidelity is not UNSET:
            field_dict["fidelity"] = fidelity
        if only_center_face is not UNSET:
            field_dict["only_center_face"] = only_center_face
        if seed is not UNSET:
            field_dict["seed"] = seed
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        aligned = d.pop("aligned", UNSET)

        face_upscale = d.pop("face_upscale", UNSET)

        fidelity = d.pop("fidelity", UNSET)

        only_center_face = d.pop("only_center_face", UNSET)

        seed = d.pop("seed", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        codeformer_input = cls(
            image_url=image_url,
            aligned=aligned,
            face_upscale=face_upscale,
            fidelity=fidelity,
            only_center_face=only_center_face,
            seed=seed,
            upscale_factor=upscale_factor,
        )

        return codeformer_input
