"""`scripts/check_fal_drift.py`: the spec agrees with fal's documents, and a change shows.

The spec is only read: changed fal documents, and a changed spec where one is needed,
are copies in tmp_path.
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FAL_DOCUMENTS = ROOT.parent / "shared" / "fal-openapi"
FLUX_DEV = FAL_DOCUMENTS / "fal-ai__flux__dev.json"
DEV_MODEL = Path("models", "fal-ai", "flux", "dev.yaml")

sys.path.insert(0, str(ROOT / "scripts"))

import check_fal_drift  # noqa: E402

needs_documents = pytest.mark.skipif(
    not FLUX_DEV.exists(), reason=f"fal's documents are not here ({FAL_DOCUMENTS})"
)


def _flux_dev() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(FLUX_DEV.read_text(encoding="utf-8"))
    return document


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: Path | str) -> tuple[int, list[str]]:
    status = check_fal_drift.main([str(a) for a in args])
    return status, capsys.readouterr().out.splitlines()


@pytest.fixture
def flux_spec(tmp_path: Path) -> Path:
    """A spec of the root and fal-ai/flux/dev only: quick to read, same names for that model."""
    spec = tmp_path / "spec"
    (spec / "models" / "fal-ai" / "flux").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "openapi.yaml", spec / "openapi.yaml")
    shutil.copy(ROOT / "openapi" / "models" / "fal-ai" / "flux" / "dev.yaml", spec / DEV_MODEL)
    return spec


@needs_documents
def test_the_spec_agrees_with_every_document(capsys: pytest.CaptureFixture[str]) -> None:
    count = len(list(FAL_DOCUMENTS.glob("*.json")))
    status, lines = _run(capsys, FAL_DOCUMENTS)
    assert lines == [f"{count} endpoint(s) compared, 0 with drift"]
    assert status == 0


@needs_documents
def test_each_change_is_one_line_naming_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _flux_dev()
    schemas = document["components"]["schemas"]
    fields = schemas["FluxDevInput"]["properties"]
    fields["num_images"]["maximum"] = 8
    fields["output_format"]["enum"].append("webp")
    fields["num_inference_steps"]["default"] = 30
    fields["sync_mode"]["type"] = "string"
    fields["seed"] = {"type": "integer", "title": "Seed"}
    fields["strength"] = {"type": "number", "minimum": 0, "maximum": 1, "title": "Strength"}
    del fields["acceleration"]
    schemas["FluxDevInput"]["required"].append("guidance_scale")
    schemas["Image"]["properties"]["file_name"] = {"type": "string", "title": "File Name"}
    status, lines = _run(capsys, _write(tmp_path / "flux-dev.json", document))

    drift = {
        "fal-ai/flux/dev input.num_images: maximum 4 -> 8",
        'fal-ai/flux/dev input.output_format: enum + "webp"',
        "fal-ai/flux/dev input.num_inference_steps: default 28 -> 30",
        "fal-ai/flux/dev input.sync_mode: type boolean -> string",
        # its default `false` no longer fits a string: the importer leaves it out
        "fal-ai/flux/dev input.sync_mode: default false -> (none)",
        "fal-ai/flux/dev input.seed: no longer nullable",
        "fal-ai/flux/dev input.strength: + field",
        "fal-ai/flux/dev input.acceleration: - field",
        "fal-ai/flux/dev input.guidance_scale: now required",
        "fal-ai/flux/dev output.images[].file_name: + field",  # in the root's shared Image
    }
    assert set(lines[:-1]) == drift
    assert len(lines[:-1]) == len(drift)
    assert lines[-1] == "1 endpoint(s) compared, 1 with drift"
    assert status == 1


@needs_documents
def test_unions_and_removed_constraints(
    tmp_path: Path, flux_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _flux_dev()
    fields = document["components"]["schemas"]["FluxDevInput"]["properties"]
    fields["image_size"]["anyOf"][1]["enum"].remove("square")
    fields["image_size"]["anyOf"].append({"type": "integer"})
    del fields["guidance_scale"]["maximum"]
    fields["prompt"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Prompt"}
    document["components"]["schemas"]["ImageSize"]["properties"]["width"]["maximum"] = 8192
    path = _write(tmp_path / "flux-dev.json", document)
    status, lines = _run(capsys, "--spec", flux_spec, path)
    assert set(lines[:-1]) == {
        "fal-ai/flux/dev input.image_size: type object | string -> integer | object | string",
        'fal-ai/flux/dev input.image_size|string: enum - "square"',
        "fal-ai/flux/dev input.image_size|ImageSize.width: maximum 14142 -> 8192",
        "fal-ai/flux/dev input.guidance_scale: maximum 20 -> (none)",
        "fal-ai/flux/dev input.prompt: now nullable",
    }
    assert len(lines) == 6
    assert status == 1


@needs_documents
def test_a_renamed_input_keeps_its_name_and_a_new_category_shows(
    tmp_path: Path, flux_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = FLUX_DEV.read_text(encoding="utf-8").replace("FluxDevInput", "FluxDevTextInput")
    document = json.loads(text)
    document["info"]["x-fal-metadata"]["category"] = "image-to-image"
    path = _write(tmp_path / "flux-dev.json", document)
    status, lines = _run(capsys, "--spec", flux_spec, path)
    assert lines == [  # fal renaming its schema renames no class: users import the spec's
        "fal-ai/flux/dev category: text-to-image -> image-to-image",
        "1 endpoint(s) compared, 1 with drift",
    ]
    assert status == 1


@needs_documents
def test_an_equal_type_under_another_name_and_an_override_are_no_drift(
    flux_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = yaml.safe_load((flux_spec / "openapi.yaml").read_text(encoding="utf-8"))
    model = yaml.safe_load((flux_spec / DEV_MODEL).read_text(encoding="utf-8"))
    image = copy.deepcopy(root["components"]["schemas"]["Image"])
    image.pop("description", None)
    schemas = model["components"]["schemas"]
    schemas["FluxDevPicture"] = image  # the committed file's name for the shared Image
    schemas["FluxDevOutput"]["properties"]["images"]["items"] = {
        "$ref": "#/components/schemas/FluxDevPicture"
    }
    (flux_spec / DEV_MODEL).write_text(yaml.safe_dump(model), encoding="utf-8")
    override = {
        "components": {"schemas": {"FluxDevInput": {"properties": {"num_images": {"maximum": 2}}}}}
    }
    (flux_spec / DEV_MODEL).with_suffix(".override.yaml").write_text(yaml.safe_dump(override))
    assert _run(capsys, "--spec", flux_spec, FLUX_DEV) == (
        0,
        ["1 endpoint(s) compared, 0 with drift"],
    )

    schemas["FluxDevPicture"]["properties"]["width"]["minimum"] = 1
    (flux_spec / DEV_MODEL).write_text(yaml.safe_dump(model), encoding="utf-8")
    assert _run(capsys, "--spec", flux_spec, FLUX_DEV) == (
        1,
        [
            "fal-ai/flux/dev output.images[].width: minimum 1 -> (none)",
            "1 endpoint(s) compared, 1 with drift",
        ],
    )


@needs_documents
def test_an_endpoint_the_spec_lacks(
    tmp_path: Path, flux_spec: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _flux_dev()
    document["info"]["x-fal-metadata"]["endpointId"] = "fal-ai/flux/dev-next"
    document["paths"]["/fal-ai/flux/dev-next"] = document["paths"].pop("/fal-ai/flux/dev")
    path = _write(tmp_path / "next.json", document)
    status, lines = _run(capsys, "--spec", flux_spec, path, FLUX_DEV)
    assert lines == [
        f"fal-ai/flux/dev-next: not in the spec (make import-fal FROM={path})",
        "1 endpoint(s) compared, 0 with drift, 1 not in the spec",
    ]
    assert status == 1


def test_a_document_that_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.4",', encoding="utf-8")
    listed = _write(tmp_path / "list.json", [])
    status, lines = _run(capsys, broken, listed)
    assert lines[0].startswith(f"{broken}: not readable as JSON (")
    assert lines[1] == f"{listed}: not a JSON object"
    assert lines[2] == "0 endpoint(s) compared, 0 with drift, 2 unreadable"
    assert status == 1
