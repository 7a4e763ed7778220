"""The comparison workspace: the side-by-side grid, one opinion, the case form, row marks."""
