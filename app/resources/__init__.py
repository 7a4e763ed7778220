"""Guide text, icons and other files the app reads (data only, no code)."""
from pathlib import Path

RESOURCES = Path(__file__).parent
