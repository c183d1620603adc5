"""Read a scan or PDF inside the app, from the decrypted bytes in memory (issue 18). Imported
only when a document is opened: `from gui.viewer import DocumentViewer` inside the slot."""

from gui.viewer.dialog import DocumentViewer

__all__ = ["DocumentViewer"]
