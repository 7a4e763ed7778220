"""Preparing for each visit: appointments, the records checklist, attached documents."""
