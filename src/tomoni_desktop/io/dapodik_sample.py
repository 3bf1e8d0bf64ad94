"""Writing a workbook in the Dapodik "Daftar Peserta Didik" layout, from pupils in a database.

For trying the import (the demo school can hand one out), for the tests and the benchmark:
title rows 1-4, a two-row header on rows 5-6 with merged Ayah/Ibu/Wali groups, data from row 7,
the 66 columns of DOMAIN.md in their order. Ids are written as numbers, as Excel does to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

BEFORE_PARENTS = [
    "No",
    "Nama",
    "NIPD",
    "JK",
    "NISN",
    "Tempat Lahir",
    "Tanggal Lahir",
    "NIK",
    "Agama",
    "Alamat",
    "RT",
    "RW",
    "Dusun",
    "Kelurahan",
    "Kecamatan",
    "Kode Pos",
    "Jenis Tinggal",
    "Alat Transportasi",
    "Telepon",
    "HP",
    "E-Mail",
    "SKHUN",
    "Penerima KPS",
    "No. KPS",
]
PARENT_FIELDS = ["Nama", "Tahun Lahir", "Jenjang Pendidikan", "Pekerjaan", "Penghasilan", "NIK"]
PARENT_GROUPS = ["Data Ayah", "Data Ibu", "Data Wali"]
AFTER_PARENTS = [
    "Rombel Saat Ini",
    "No Peserta Ujian Nasional",
    "No Seri Ijazah",
    "Penerima KIP",
    "Nomor KIP",
    "Nama di KIP",
    "Nomor KKS",
    "No Registrasi Akta Lahir",
    "Bank",
    "Nomor Rekening Bank",
    "Rekening Atas Nama",
    "Layak PIP (usulan dari sekolah)",
    "Alasan Layak PIP",
    "Kebutuhan Khusus",
    "Sekolah Asal",
    "Anak ke-berapa",
    "Lintang",
    "Bujur",
    "No KK",
    "Berat Badan",
    "Tinggi Badan",
    "Lingkar Kepala",
    "Jml. Saudara Kandung",
    "Jarak Rumah ke Sekolah (KM)",
]
COLUMN_COUNT = len(BEFORE_PARENTS) + 3 * len(PARENT_FIELDS) + len(AFTER_PARENTS)


@dataclass
class SamplePupil:
    name: str
    nisn: str | None
    nipd: str
    gender: str
    birth_place: str
    birth_date: date | None
    religion: str
    address: str
    rt: str
    rw: str
    dusun: str
    village: str
    kecamatan: str
    mobile: str  # as people write it: 0812...
    father: str
    mother: str
    guardian: str
    class_name: str


def _row(number: int, pupil: SamplePupil) -> list:
    def as_number(value: str | None):
        return int(value) if value and value.isdigit() else value  # what Excel does to ids

    sensitive = "3317" + str(number).zfill(12)  # a fake NIK / KK: must never be imported
    birth = datetime.combine(pupil.birth_date, datetime.min.time()) if pupil.birth_date else None
    before = [
        number,
        pupil.name,
        as_number(pupil.nipd),
        pupil.gender,
        as_number(pupil.nisn),
        pupil.birth_place,
        birth,
        sensitive,
        pupil.religion,
        pupil.address,
        pupil.rt,
        pupil.rw,
        pupil.dusun,
        pupil.village,
        pupil.kecamatan,
        92985,
        "Bersama orang tua",
        "Jalan kaki",
        None,
        pupil.mobile,
        None,
        None,
        "Tidak",
        None,
    ]
    parents = []
    for name in (pupil.father, pupil.mother, pupil.guardian):
        parents += [
            name or None,
            1980 if name else None,
            "SMA / sederajat" if name else None,
            "Petani/Peternak" if name else None,
            "Rp. 500,000 - Rp. 999,999" if name else None,
            sensitive if name else None,
        ]
    after = [
        pupil.class_name,
        None,
        None,
        "Ya",
        "KIP" + sensitive[-6:],
        pupil.name,
        None,
        None,
        "BRI",
        "0123" + sensitive[-8:],
        pupil.name,
        "Ya",
        "Siswa Miskin/Rentan Miskin",
        "Tidak ada",
        "SD Negeri 1 Tomoni",
        1,
        -2.6184,
        120.8013,
        sensitive,
        40,
        150,
        50,
        2,
        1.5,
    ]
    return before + parents + after


def write_dapodik_workbook(
    path: Path, pupils: list[SamplePupil], school: str = "SMP Negeri 1 Tomoni"
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Daftar Peserta Didik"
    sheet.append(["Daftar Peserta Didik"])
    sheet.append([school])
    sheet.append(["Kecamatan Tomoni, Kabupaten Luwu Timur, Provinsi Sulawesi Selatan"])
    sheet.append([f"Tanggal Unduh: {date.today():%Y-%m-%d}", None, "Pengunduh: operator"])
    top: list[str | None] = list(BEFORE_PARENTS)
    sub: list = [None] * len(BEFORE_PARENTS)
    for group in PARENT_GROUPS:
        top += [group] + [None] * (len(PARENT_FIELDS) - 1)
        sub += PARENT_FIELDS
    top += AFTER_PARENTS
    sub += [None] * len(AFTER_PARENTS)
    sheet.append(top)
    sheet.append(sub)
    for column in range(1, COLUMN_COUNT + 1):
        if sub[column - 1] is None:
            sheet.merge_cells(start_row=5, start_column=column, end_row=6, end_column=column)
    start = len(BEFORE_PARENTS) + 1
    for _group in PARENT_GROUPS:
        sheet.merge_cells(
            start_row=5, start_column=start, end_row=5, end_column=start + len(PARENT_FIELDS) - 1
        )
        start += len(PARENT_FIELDS)
    for number, pupil in enumerate(pupils, start=1):
        sheet.append(_row(number, pupil))
    workbook.save(path)
    return path
