"""The Decide tab: the decision worksheet and the SURE check."""
