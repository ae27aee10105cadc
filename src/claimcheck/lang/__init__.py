"""Language data: one folder a language, holding only data files (no code)."""
