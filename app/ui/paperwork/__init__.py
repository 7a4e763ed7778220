"""Papers to take along: previews, PDFs and printing."""
