"""Keeping the data safe: backups, export and import, merges, the passphrase lock."""
