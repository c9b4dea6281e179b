from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..fal_typing import FalInput
from ..models.live_portrait_image_input_output_format import (
    LivePortraitImageInputOutputFormat,
    check_live_portrait_image_input_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .live_portrait_image_output import LivePortraitImageOutput  # noqa: F401


T = TypeVar("T", bound="LivePortraitImageInput")


@_attrs_define
class LivePortraitImageInput(
    FalInput["LivePortraitImageOutput"], endpoint="fal-ai/live-portrait/image"
):
    """Input of `fal-ai/live-portrait/image` (unknown). fal publishes no constraints for it (it comes from fal's TypeScript
    types): types, enums and required fields are checked before sending, bounds and lengths are not.

    """

    image_url: str
    """URL or local file."""
    aaa: float | Unset = UNSET
    """Number."""
    blink: float | Unset = UNSET
    """Number."""
    dsize: float | Unset = UNSET
    """Number. Server default: 512."""
    eee: float | Unset = UNSET
    """Number."""
    enable_safety_checker: bool | Unset = UNSET
    """Boolean."""
    eyebrow: float | Unset = UNSET
    """Number."""
    flag_do_crop: bool | Unset = UNSET
    """Boolean. Server default: true."""
    flag_do_rot: bool | Unset = UNSET
    """Boolean. Server default: true."""
    flag_lip_zero: bool | Unset = UNSET
    """Boolean. Server default: true."""
    flag_pasteback: bool | Unset = UNSET
    """Boolean. Server default: true."""
    output_format: LivePortraitImageInputOutputFormat | Unset = UNSET
    """One of "jpeg", "png". Server default: "jpeg"."""
    pupil_x: float | Unset = UNSET
    """Number."""
    pupil_y: float | Unset = UNSET
    """Number."""
    rotate_pitch: float | Unset = UNSET
    """Number."""
    rotate_roll: float | Unset = UNSET
    """Number."""
    rotate_yaw: float | Unset = UNSET
    """Number."""
    scale: float | Unset = UNSET
    """Number. Server default: 2.3."""
    smile: float | Unset = UNSET
    """Number."""
    vx_ratio: float | Unset = UNSET
    """Number."""
    vy_ratio: float | Unset = UNSET
    """Number. Server default: -0.125."""
    wink: float | Unset = UNSET
    """Number."""
    woo: float | Unset = UNSET
    """Number."""

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        aaa = self.aaa

        blink = self.blink

        dsize = self.dsize

        eee = self.eee

        enable_safety_checker = self.enable_safety_checker

        eyebrow = self.eyebrow

        flag_do_crop = self.flag_do_crop

        flag_do_rot = self.flag_do_rot

        flag_lip_zero = self.flag_lip_zero

        flag_pasteback = self.flag_pasteback

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        pupil_x = self.pupil_x

        pupil_y = self.pupil_y

        rotate_pitch = self.rotate_pitch

        rotate_roll = self.rotate_roll

        rotate_yaw = self.rotate_yaw

        scale = self.scale

        smile = self.smile

        vx_ratio = self.vx_ratio

        vy_ratio = self.vy_ratio

        wink = self.wink

        woo = self.woo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if aaa is not UNSET:
            field_dict["aaa"] = aaa
        if blink is not UNSET:
            field_dict["blink"] = blink
        if dsize is not UNSET:
            field_dict["dsize"] = dsize
        if eee is not UNSET:
            field_dict["eee"] = eee
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if eyebrow is not UNSET:
            field_dict["eyebrow"] = eyebrow
        if flag_do_crop is not UNSET:
            field_dict["flag_do_crop"] = flag_do_crop
        if flag_do_rot is not UNSET:
            field_dict["flag_do_rot"] = flag_do_rot
        if flag_lip_zero is not UNSET:
            field_dict["flag_lip_zero"] = flag_lip_zero
        if flag_pasteback is not UNSET:
            field_dict["flag_pasteback"] = flag_pasteback
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if pupil_x is not UNSET:
            field_dict["pupil_x"] = pupil_x
        if pupil_y is not UNSET:
            field_dict["pupil_y"] = pupil_y
        if rotate_pitch is not UNSET:
            field_dict["rotate_pitch"] = rotate_pitch
        if rotate_roll is not UNSET:
            field_dict["rotate_roll"] = rotate_roll
        if rotate_yaw is not UNSET:
            field_dict["rotate_yaw"] = rotate_yaw
        if scale is not UNSET:
            field_dict["scale"] = scale
        if smile is not UNSET:
            field_dict["smile"] = smile
        if vx_ratio is not UNSET:
            field_dict["vx_ratio"] = vx_ratio
        if vy_ratio is not UNSET:
            field_dict["vy_ratio"] = vy_ratio
        if wink is not UNSET:
            field_dict["wink"] = wink
        if woo is not UNSET:
            field_dict["woo"] = woo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        aaa = d.pop("aaa", UNSET)

        blink = d.pop("blink", UNSET)

        dsize = d.pop("dsize", UNSET)

        eee = d.pop("eee", UNSET)

        enable_safety_checker = d.pop("enable_safety_checker", UNSET)

        eyebrow = d.pop("eyebrow", UNSET)

        flag_do_crop = d.pop("flag_do_crop", UNSET)

        flag_do_rot = d.pop("flag_do_rot", UNSET)

        flag_lip_zero = d.pop("flag_lip_zero", UNSET)

        flag_pasteback = d.pop("flag_pasteback", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: LivePortraitImageInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_live_portrait_image_input_output_format(_output_format)

        pupil_x = d.pop("pupil_x", UNSET)

        pupil_y = d.pop("pupil_y", UNSET)

        rotate_pitch = d.pop("rotate_pitch", UNSET)

        rotate_roll = d.pop("rotate_roll", UNSET)

        rotate_yaw = d.pop("rotate_yaw", UNSET)

        scale = d.pop("scale", UNSET)

        smile = d.pop("smile", UNSET)

        vx_ratio = d.pop("vx_ratio", UNSET)

        vy_ratio = d.pop("vy_ratio", UNSET)

        wink = d.pop("wink", UNSET)

        woo = d.pop("woo", UNSET)

        live_portrait_image_input = cls(
            image_url=image_url,
            aaa=aaa,
            blink=blink,
            dsize=dsize,
            eee=eee,
            enable_safety_checker=enable_safety_checker,
            eyebrow=eyebrow,
            flag_do_crop=flag_do_crop,
            flag_do_rot=flag_do_rot,
            flag_lip_zero=flag_lip_zero,
            flag_pasteback=flag_pasteback,
            output_format=output_format,
            pupil_x=pupil_x,
            pupil_y=pupil_y,
            rotate_pitch=rotate_pitch,
            rotate_roll=rotate_roll,
            rotate_yaw=rotate_yaw,
            scale=scale,
            smile=smile,
            vx_ratio=vx_ratio,
            vy_ratio=vy_ratio,
            wink=wink,
            woo=woo,
        )

        return live_portrait_image_input
