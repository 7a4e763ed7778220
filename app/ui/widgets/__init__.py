"""Small widgets and keyboard helpers every feature uses."""
