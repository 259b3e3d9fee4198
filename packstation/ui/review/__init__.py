"""The supervisor's review window: search orders, open an order's evidence, flag disputes, export, metrics."""

from packstation.services.review.desk import ReviewServices
from packstation.ui.review.assembly import open_review_window, review_services
from packstation.ui.review.window import ReviewWindow

__all__ = ["ReviewServices", "ReviewWindow", "open_review_window", "review_services"]
