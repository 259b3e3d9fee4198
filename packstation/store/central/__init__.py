"""The central store shared by every station: its own tables, migrations and engine helpers."""
