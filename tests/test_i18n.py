"""The English catalogue is complete, current and keeps every placeholder."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "i18n" / "pmdesk_en.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(REPO / "packaging"))
import update_translations  # noqa: E402


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def test_catalogue_holds_exactly_the_strings_in_the_code(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    update_translations.lupdate(fresh)
    assert set(messages(fresh)) == set(messages(TS)), \
        "run packaging/update_translations.py and translate the new strings"


def test_every_string_is_translated():
    unfinished = [key for key, tr in messages(TS).items()
                  if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []


def test_translations_keep_placeholders_and_accelerators():
    placeholders = re.compile(r"\{\w+\}")
    broken = [
        (context, source) for (context, source), tr in messages(TS).items()
        if sorted(placeholders.findall(source)) != sorted(placeholders.findall(tr.text or ""))
        or ("&" in source) != ("&" in (tr.text or ""))
    ]
    assert broken == []


def test_compiled_catalogue_is_current(tmp_path):
    built = tmp_path / QM.name
    update_translations.lrelease(TS, built)
    assert built.read_bytes() == QM.read_bytes(), "run packaging/update_translations.py"


def test_english_is_used_on_the_command_line(run_cli):
    result = run_cli("--lang", "en", "--db", "missing.db", "check")
    assert result.returncode == 1
    assert result.stderr.strip() == "The database file missing.db does not exist."
