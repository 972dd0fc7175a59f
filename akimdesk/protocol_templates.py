"""Protocol templates shipped in resources/templates, one JSON file per versioned id."""

from __future__ import annotations

import json
import re
from functools import cache

from akimdesk.core.errors import BadInput
from akimdesk.core.template import ProtocolTemplate, parse_template
from akimdesk.paths import resources_dir

_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")


@cache
def load_template(template_id: str) -> ProtocolTemplate:
    """The template with this id; a missing or invalid one is reported, never guessed."""
    if not _SAFE_ID.match(template_id):
        raise BadInput("template-missing", template=template_id)
    path = resources_dir() / "templates" / f"{template_id}.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BadInput("template-missing", template=template_id) from None
    template = parse_template(document)
    if template.template_id != template_id:
        raise BadInput("template-invalid", field="id")
    return template
