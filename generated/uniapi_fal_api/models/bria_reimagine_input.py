from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bria_reimagine_output import BriaReimagineOutput  # noqa: F401


T = TypeVar("T", bound="BriaReimagineInput")


@_attrs_define
class BriaReimagineInput(FalInput["BriaReimagineOutput"], endpoint="fal-ai/bria/reimagine"):
    """Input of `fal-ai/bria/reimagine` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    prompt: str
    """String."""
    fast: bool | Unset = UNSET
    """Boolean. Server default: true."""
    num_inference_steps: float | Unset = UNSET
    """Number. Server default: 30."""
    num_results: float | Unset = UNSET
    """Number. Server default: 1."""
    seed: float | Unset = UNSET
    """Number."""
    structure_image_url: str | Unset = UNSET
    """URL or local file. Server default: ""."""
    structure_ref_influence: float | Unset = UNSET
    """Number. Server default: 0.75."""
    sync_mode: bool | Unset = UNSET
    """Boolean."""

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        fast = self.fast

        num_inference_steps = self.num_inference_steps

        num_results = self.num_results

        seed = self.seed

        structure_image_url = self.structure_image_url

        structure_ref_influence = self.structure_ref_influence

        sync_mode = self.sync_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if fast is not UNSET:
            field_dict["fast"] = fast
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if num_results is not UNSET:
            field_dict["num_results"] = num_results
        if seed is not UNSET:
            field_dict["seed"] = seed
        if structure_image_url is not UNSET:
            field_dict["structure_image_url"] = structure_image_url
        if structure_ref_influence is not UNSET:
            field_dict["structure_ref_influence"] = structure_ref_influence
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        fast = d.pop("fast", UNSET)

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        num_results = d.pop("num_results", UNSET)

        seed = d.pop("seed", UNSET)

        structure_image_url = d.pop("structure_image_url", UNSET)

        structure_ref_influence = d.pop("structure_ref_influence", UNSET)

        sync_mode = d.pop("sync_mode", UNSET)

        bria_reimagine_input = cls(
            prompt=prompt,
            fast=fast,
            num_inference_steps=num_inference_steps,
            num_results=num_results,
            seed=seed,
            structure_image_url=structure_image_url,
            structure_ref_influence=structure_ref_influence,
            sync_mode=sync_mode,
        )

        return bria_reimagine_input
