"""The one lock every use of PDFium takes: PDFium is not thread-safe, not even across different
documents, so one call at a time in the whole process, whichever thread makes it (pypdfium2's
own advice). The viewer renders pages on worker threads while intake may read another PDF."""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
