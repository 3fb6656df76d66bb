"""Turns articles into facts: load -> clean -> parse -> mentions -> resolve -> relations."""
