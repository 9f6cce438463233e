"""Helpers for checking PDFs the way a reader sees them (poppler's pdftotext and pdffonts)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def pdf_tools():
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext and pdffonts are needed: apt-get install poppler-utils")


class PdfFile:
    def __init__(self, data: bytes, folder: Path) -> None:
        self.path = folder / f"doc-{abs(hash(data))}.pdf"
        self.path.write_bytes(data)

    def text(self, *options: str) -> str:
        return subprocess.run(["pdftotext", *options, str(self.path), "-"], capture_output=True,
                              text=True, check=True).stdout

    def fonts(self) -> list[dict[str, str]]:
        out = subprocess.run(["pdffonts", str(self.path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        return [{"name": line.split()[0], "emb": line.split()[-5]} for line in out]

    def info(self) -> str:
        return subprocess.run(["pdfinfo", str(self.path)], capture_output=True, text=True,
                              check=True).stdout


@pytest.fixture
def as_pdf(tmp_path, pdf_tools):
    return lambda data: PdfFile(data, tmp_path)
