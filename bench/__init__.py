"""Benchmarks: start-up against a bare PySide6 window, the cost of one saved edit, guide search.

Run with `QT_QPA_PLATFORM=offscreen python -m bench` (or `make bench`). Start-up numbers are
ratios against a bare PySide6 program measured in the same run, alternating, so a slow or
busy machine moves both. The table is printed and written to bench/results/latest.md.
"""
