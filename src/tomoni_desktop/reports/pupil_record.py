"""Everything the school holds about one pupil, on paper for the parent who asked (and as JSON
beside it): each kind of record under its Indonesian name, each record one dense paragraph of
field: value, so a term of records takes a few pages, not dozens."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tomoni_desktop.core.files import write_whole
from tomoni_desktop.reports.documents import MM, ClassList, plain
from tomoni_desktop.reports.packet import PAPER, tanggal

TITLES = {
    "students": "Data pribadi siswa",
    "guardians": "Orang tua / wali",
    "guardian_consents": "Persetujuan orang tua",
    "enrollments": "Kelas",
    "imported_values": "Data dari impor (Dapodik)",
    "worksheet_copies": "Lembar kerja yang diberikan",
    "copy_returns": "Lembar kerja yang kembali",
    "slip_answers": "Lembar balikan orang tua",
    "assessment_results": "Nilai",
    "report_entries": "Nilai rapor",
    "pupil_report_notes": "Catatan wali kelas",
    "attendance_entries": "Ketidakhadiran",
    "follow_up_cases": "Kasus ketidakhadiran",
    "follow_up_steps": "Langkah tindak lanjut",
    "contact_entries": "Kontak dengan orang tua",
    "parent_letters": "Surat untuk orang tua",
    "meeting_invitations": "Undangan pertemuan orang tua",
    "meeting_tasks": "Tindak lanjut pertemuan",
    "visit_stop_pupils": "Kunjungan rumah",
    "data_allowances": "Kuota data",
}


# Field names as a parent reads them; a field not here keeps its own name.
FIELDS = {
    "full_name": "nama",
    "nisn": "NISN",
    "nis": "NIS",
    "gender": "jenis kelamin",
    "birth_place": "tempat lahir",
    "birth_date": "tanggal lahir",
    "religion": "agama",
    "address": "alamat",
    "village": "desa",
    "kecamatan": "kecamatan",
    "phone_access": "akses HP",
    "signal": "sinyal",
    "notes": "catatan",
    "consent_recorded_on": "persetujuan dicatat",
    "left_on": "keluar",
    "name": "nama",
    "relation": "hubungan",
    "mobile": "HP",
    "whatsapp": "WhatsApp",
    "is_primary": "wali utama",
    "class": "kelas",
    "school_year": "tahun pelajaran",
    "channel": "cara",
    "pickup_code": "kode",
    "score": "nilai",
    "late": "terlambat",
    "mark": "tanda",
    "achieved": "tercapai",
    "remedial_score": "remedial",
    "assessment": "penilaian",
    "subject": "mata pelajaran",
    "day": "tanggal",
    "letter_on": "surat diterima",
    "note": "catatan",
    "kind": "jenis",
    "contacted_on": "tanggal",
    "outcome": "hasil",
    "about": "tentang",
    "guardian": "orang tua",
    "returned_on": "kembali",
    "way": "lewat",
    "condition": "keadaan",
    "slip_returned": "lembar balikan",
    "signed": "ditandatangani",
    "habit_days": "kebiasaan",
    "comment": "pesan",
    "given_on": "diberikan",
    "megabytes": "MB",
    "source": "sumber",
    "meeting": "pertemuan",
    "attended": "hadir",
    "attended_by": "yang hadir",
    "concern": "disampaikan",
    "code": "kode",
    "written_on": "ditulis",
    "replied_on": "dibalas",
    "reason": "alasan",
    "opened_on": "dibuka",
    "closed_on": "ditutup",
    "result": "hasil",
    "absent_days": "hari tidak hadir",
    "data_kept": "data disimpan",
    "photos": "foto",
    "agreed_on": "disetujui",
    "on_paper": "di kertas",
}


def _value(value: Any) -> str:
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    return str(value)


@dataclass(frozen=True)
class RecordSection:
    table: str
    rows: list[tuple[dict[str, Any], bool]]  # values, deleted


def _line(values: dict[str, Any], deleted: bool) -> str:
    parts = [
        f"<b>{plain(FIELDS.get(name, name))}</b>: {plain(_value(value))}"
        for name, value in values.items()
        if value is not None and value != "" and name != "id" and not name.endswith("_id")
    ]
    if deleted:
        parts.append("<i>(dihapus, masih tersimpan sampai dibersihkan)</i>")
    return " · ".join(parts) or "-"


def write_pupil_record(
    name: str,
    nisn: str | None,
    school: str,
    made_on: date,
    sections: list[RecordSection],
    data: dict[str, Any],
    out: Path,
    paper: str = "A4",
) -> int:
    """The PDF at `out` and the same as JSON beside it (`out` with .json); returns pages."""
    from reportlab.platypus import Spacer

    sheet = ClassList(PAPER[paper])
    story: list = [
        sheet.heading(f"Data yang disimpan sekolah tentang {name}"),
        sheet.text(
            f"{school} · NISN {nisn or '-'} · dibuat {tanggal(made_on)}. "
            "Semua catatan Tomoni Desktop di komputer ini tentang ananda, untuk orang tua/wali "
            "yang memintanya (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi)."
        ),
        Spacer(1, 3 * MM),
    ]
    for section in sections:
        story.append(
            sheet.markup(f"<b>{TITLES.get(section.table, section.table)}</b> ({len(section.rows)})")
        )
        for values, deleted in section.rows:
            story.append(sheet.markup(_line(values, deleted)))
        story.append(Spacer(1, 2 * MM))
    pages = sheet.write(
        story,
        out,
        class_name=name,
        day=tanggal(made_on),
        title=f"Data siswa {name}",
        author=school,
        school=school,
    )
    write_whole(
        out.with_suffix(".json"),
        lambda path: path.write_text(
            json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
        ),
    )
    return pages
