"""Services and storage: pure Python and SQLAlchemy, no Qt, no ReportLab."""
