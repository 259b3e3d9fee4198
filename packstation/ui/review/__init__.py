"""The supervisor's review window: search orders, open an order's evidence, flag disputes, export, metrics."""

from packstation.ui.review.window import ReviewServices, ReviewWindow

__all__ = ["ReviewServices", "ReviewWindow"]
