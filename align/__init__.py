"""align: sentence alignment and translation-drift scoring for bilingual transcripts."""

__version__ = "0.1.0"
