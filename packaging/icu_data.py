"""ICU's data for the Linux build, trimmed from 31 MB to 7 MB (build.spec).

Qt on Linux links ICU, whose data library holds every language's collation, names, units and
spellings, transliterators and East Asian code pages. Qt asks it for sorting (QCollator), case,
time-zone names and text codecs, and we speak Indonesian and English only. The data package is
taken out of `libicudata`, trimmed with ICU's own `icupkg` (which refuses to drop an item
another one needs), and linked again as a library of the same name that exports the same symbol.

Kept: the root, Indonesian (`id`, and its old code `in`) and English locales of every tree;
everything that is no locale (time zones, plural rules, normalisation, break rules and their
dictionaries); the single-byte code pages (windows-125x, ISO 8859, IBM: under 20 KB each).
Dropped: other languages, transliterators, character names, multi-byte East Asian code pages.
Needs `icupkg` (Debian: icu-devtools) and a C compiler; without them the full library stays.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9_]*)?\.res$")
# res_index lists the locales a tree has; its name looks like one
OURS = re.compile(r"(root|id|in|en)(_[A-Za-z0-9_]*)?\.res$|res_index\.res$")
SINGLE_BYTE_MAX = 20_000


def tools_present() -> bool:
    return all(shutil.which(tool) for tool in ("icupkg", "cc", "nm", "readelf"))


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data package's symbol (icudtNN_dat), its file offset and size."""
    listing = subprocess.run(
        ["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], _file_offset(library, int(parts[0], 16)), int(parts[1], 16)
    raise ValueError(f"{library} has no ICU data symbol")


def _file_offset(library: Path, address: int) -> int:
    """Where a read-only symbol's address lies in the file (its section's offset)."""
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        found = re.search(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if found:
            start, offset, size = (int(v, 16) for v in found.groups())
            if start <= address < start + size:
                return offset + address - start
    raise ValueError(f"{library}: the ICU data is not in .rodata")


def dropped(items: list[str], sizes: dict[str, int]) -> list[str]:
    """The package's items we leave out (names as `icupkg -l` lists them)."""
    out = []
    for item in items:
        base = item.rsplit("/", 1)[-1]
        if (
            item.startswith("translit/")
            or base == "unames.icu"
            or (base.endswith(".cnv") and sizes.get(item, 0) > SINGLE_BYTE_MAX)
            or (LOCALE.match(base) and not OURS.match(base))
        ):
            out.append(item)
    return out


def trimmed_icu(library: Path, work: Path) -> Path:
    """A trimmed copy of `library` (libicudataNN.so) in `work`, with the same name."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(library)
    package = work / f"{symbol.removesuffix('_dat')}l.dat"
    with library.open("rb") as source:
        source.seek(offset)
        package.write_bytes(source.read(size))
    items = subprocess.run(
        ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
    ).stdout.split()
    unpacked = work / "items"
    unpacked.mkdir(exist_ok=True)
    listing = work / "items.txt"
    listing.write_text("\n".join(items) + "\n")
    subprocess.run(
        ["icupkg", "-x", str(listing), "-d", str(unpacked), str(package)],
        check=True,
        capture_output=True,
    )
    sizes = {item: (unpacked / item).stat().st_size for item in items if (unpacked / item).exists()}
    smaller = work / "trimmed" / package.name
    smaller.parent.mkdir(exist_ok=True)
    removal = work / "dropped.txt"
    leave_out = dropped(items, sizes)
    for _attempt in range(5):
        # icupkg refuses to drop what a kept item needs; a small code page that extends a
        # dropped East Asian one goes too.
        removal.write_text("\n".join(leave_out) + "\n")
        done = subprocess.run(
            ["icupkg", "-r", str(removal), str(package), str(smaller)],
            capture_output=True,
            text=True,
        )
        if done.returncode == 0:
            break
        needing = re.findall(r"Item (\S+\.cnv) depends on missing item", done.stderr)
        if not needing:
            raise RuntimeError(f"icupkg: {done.stderr.strip()}")
        leave_out += needing
    else:
        raise RuntimeError("icupkg: the code pages kept still need dropped ones")
    assembly = work / "data.S"
    assembly.write_text(
        f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n"
        f'    .balign 16\n{symbol}:\n    .incbin "{smaller}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    out = work / library.name
    subprocess.run(
        [
            "cc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(out),
            str(assembly),
        ],
        check=True,
        capture_output=True,
    )
    return out
