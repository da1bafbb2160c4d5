"""PDF documents (badges, attendance sheets, lists, reports); ReportLab, no Qt."""
