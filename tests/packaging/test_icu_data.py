"""The ICU data kept in the Linux build (packaging/icu_data.py): our two languages and every
item that is no language, nothing else."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "icu_data", Path(__file__).resolve().parents[2] / "packaging" / "icu_data.py"
)
assert _spec is not None and _spec.loader is not None
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)

KEPT = [
    "root.res",
    "id.res",
    "id_ID.res",
    "in.res",
    "en.res",
    "en_US_POSIX.res",
    "coll/root.res",
    "coll/id.res",
    "coll/ucadata.icu",
    "coll/res_index.res",
    "zone/pool.res",
    "lang/en_GB.res",
    "brkitr/word.brk",
    "brkitr/thaidict.dict",  # the root break rules need the dictionaries
    "zoneinfo64.res",
    "supplementalData.res",
    "metaZones.res",
    "plurals.res",
    "nfc.nrm",
    "cnvalias.icu",
    "ibm-1252_P100-2000.cnv",
]
DROPPED = [
    "fr.res",
    "de_.res",
    "zh_Hant_TW.res",
    "coll/ja.res",
    "lang/ar_EG.res",
    "translit/root.res",
    "translit/el.res",
    "unames.icu",
    "gb18030.cnv",
]


def test_only_our_languages_and_what_is_no_language_are_kept():
    sizes = {"ibm-1252_P100-2000.cnv": 9_000, "gb18030.cnv": 230_000}
    dropped = set(icu_data.dropped(KEPT + DROPPED, sizes))
    assert dropped == set(DROPPED)
