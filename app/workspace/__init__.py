"""The open data: kept in step with storage (core), undoable edits, the example case."""
