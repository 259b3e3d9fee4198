"""The supervisor's review window: search orders, open an order's evidence, flag disputes, export, metrics."""

from packstation.ui.review.assembly import open_review_window, review_services
from packstation.ui.review.window import ReviewServices, ReviewWindow

__all__ = ["ReviewServices", "ReviewWindow", "open_review_window", "review_services"]
