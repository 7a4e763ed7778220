"""The guide navigator beside the workspace."""
