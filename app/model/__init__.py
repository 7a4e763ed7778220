"""Plain values and rules: the case, its opinions and answers, the comparison rows, marks, dates, change events."""
