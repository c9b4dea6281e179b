from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.image_apps_v2_expression_change_input_target_expression import (
    ImageAppsV2ExpressionChangeInputTargetExpression,
    check_image_apps_v2_expression_change_input_target_expression,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aspect_ratio import AspectRatio
    from .image_apps_v2_expression_change_output import (
        ImageAppsV2ExpressionChangeOutput,  # noqa: F401
    )


T = TypeVar("T", bound="ImageAppsV2ExpressionChangeInput")


@_attrs_define
class ImageAppsV2ExpressionChangeInput(
    FalInput["ImageAppsV2ExpressionChangeOutput"], endpoint="fal-ai/image-apps-v2/expression-change"
):
    """Input of `fal-ai/image-apps-v2/expression-change` (unknown). fal publishes no constraints for it (it comes from
    fal's TypeScript types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aspect_ratio: AspectRatio | Unset = UNSET
    """AspectRatio."""
    target_expression: ImageAppsV2ExpressionChangeInputTargetExpression | Unset = UNSET
    """One of "smile", "surprise", "glare", "panic", "shyness", "laugh", "cry", "angry", ... (20
    values). Server default: "smile"."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aspect_ratio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.to_dict()

        target_expression: str | Unset = UNSET
        if not isinstance(self.target_expression, Unset):
            target_expression = self.target_expression

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if target_expression is not UNSET:
            field_dict["target_expression"] = target_expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aspect_ratio import AspectRatio  # noqa: PLC0415

        d = dict(src_dict)
        image_url = d.pop("image_url")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = AspectRatio.from_dict(_aspect_ratio)

        _target_expression = d.pop("target_expression", UNSET)
        target_expression: ImageAppsV2ExpressionChangeInputTargetExpression | Unset
        if isinstance(_target_expression, Unset):
            target_expression = UNSET
        else:
            target_expression = check_image_apps_v2_expression_change_input_target_expression(
                _target_expression
            )

        image_apps_v2_expression_change_input = cls(
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            target_expression=target_expression,
        )

        return image_apps_v2_expression_change_input
