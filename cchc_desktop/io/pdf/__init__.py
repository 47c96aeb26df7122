"""Printed documents (documents.md): the plan and its appendix, deficit table, scorecard,
progress report and ranking, drawn with reportlab and Liberation Serif (embedded)."""
