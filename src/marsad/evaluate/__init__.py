"""Scoring marsad against the shared development data (`python -m marsad.evaluate TASK PATH`)."""
