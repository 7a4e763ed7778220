"""SQLite: one description per kind of record, storage, migrations, the data folder, checks, backups."""
