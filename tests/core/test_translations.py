"""Every visible string has its Indonesian translation, and the compiled .qm is current."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import tomoni_desktop
from tomoni_desktop.core.i18n import load_catalogue, translator
from tomoni_desktop.core.paths import translations_dir

PACKAGE = Path(tomoni_desktop.__file__).parent


def tool(name: str) -> str:
    # PySide6 installs its tools beside this Python (venv/bin or Scripts).
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} comes with PySide6 and was not found"
    return found


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the source today, as a fresh catalogue."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_id.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(out)], check=True, capture_output=True
    )
    return messages(out)


def test_the_source_has_strings_to_translate(extracted):
    assert len(extracted) > 100
    assert ("MainWindow", "Overview") in extracted
    assert ("errors", "File not found: {path}") in extracted
    assert ("cli", "Database: {path}") in extracted


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_string_of_the_source_has_a_finished_indonesian_translation(extracted):
    shipped = messages(translations_dir() / "tomoni_id.ts")
    missing = [
        key
        for key in extracted
        if key not in shipped
        or shipped[key].get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in texts(shipped[key]))
    ]
    assert missing == [], "run scripts/update_translations.sh and translate these"


def test_every_message_with_a_number_has_its_english_singular_and_plural(extracted):
    """A message with a number (tr(text, "", n)) says "1 copy" and "2 copies" in English."""
    numbered = {key for key in extracted if "%n" in key[1]}
    english = messages(translations_dir() / "tomoni_en.ts")
    assert len(numbered) >= 20 and numbered <= english.keys()
    for key in numbered:
        one, many = texts(english[key])
        assert english[key].get("type") is None and "%n" in one and many == key[1], key
        assert one != many, key


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("name", ["tomoni_id", "tomoni_en"])
def test_translations_keep_every_placeholder(name):
    wrong = [
        (source, text)
        for (_context, source), translation in messages(translations_dir() / f"{name}.ts").items()
        for text in texts(translation)
        if fields(source) != fields(text) or ("%n" in source) != ("%n" in text)
    ]
    assert wrong == []


@pytest.mark.parametrize("name", ["tomoni_id", "tomoni_en", "qt_id"])
def test_compiled_catalogue_is_up_to_date(tmp_path, name):
    fresh = tmp_path / f"{name}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(translations_dir() / f"{name}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (translations_dir() / f"{name}.qm").read_bytes()


def test_the_cli_reads_the_same_catalogue():
    load_catalogue.cache_clear()
    indonesian = translator("id")
    assert indonesian("errors", "File not found: {path}") == "Berkas tidak ditemukan: {path}"
    assert translator("en")("errors", "File not found: {path}") == "File not found: {path}"
    assert indonesian("errors", "a text nobody wrote") == "a text nobody wrote"


def test_the_cli_says_one_pupil_and_two_pupils_in_english_and_in_indonesian():
    """Without Qt too, a counted word takes its singular or plural (tomoni_en.ts), and
    Indonesian its one form; a message with no number is left as it is."""
    load_catalogue.cache_clear()
    english, indonesian = translator("en"), translator("id")
    assert [english("Counted", "%n pupils", "", n) for n in (0, 1, 2)] == [
        "0 pupils",
        "1 pupil",
        "2 pupils",
    ]
    assert [indonesian("Counted", "%n pupils", "", n) for n in (1, 2)] == ["1 siswa", "2 siswa"]
    assert english("Counted", "{count} of %n codes recorded.", "", 1) == (
        "{count} of 1 code recorded."
    )
    assert english("cli", "Leger of {classes}, {pages}: {path}") == (
        "Leger of {classes}, {pages}: {path}"
    )
    assert english("Counted", "%n words nobody wrote", "", 1) == "1 words nobody wrote"


def test_no_string_to_translate_hides_in_an_f_string():
    """lupdate does not look inside an f-string's fields: a tr("…") there never reaches the
    catalogue and shows in English (the return slips' summary did, in Indonesian)."""
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
                where = {"tr": 0, "translate": 1}.get(name or "")  # the text's argument
                if (
                    where is not None
                    and len(call.args) > where
                    and isinstance(call.args[where], ast.Constant)
                ):
                    hidden.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    assert hidden == []
