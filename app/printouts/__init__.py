"""Printable pages made from the model."""
