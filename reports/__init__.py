"""PDF reports and calendar export (ReportLab; no Qt)."""
