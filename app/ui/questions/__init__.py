"""My questions, each doctor's answers, and the third opinion."""
