"""Temporal expressions: publication time from date lines, and every date in the body."""
