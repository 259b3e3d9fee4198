"""Delivery tracking after the handover: carrier events in, exception rules, the exceptions board."""

from packstation.services.tracking.board import BoardRow, ExceptionsBoard, WeekCarrier
from packstation.services.tracking.files import ColumnMap, TrackingFileError, read_tracking_file
from packstation.services.tracking.rulebook import RuleBook, RuleConfigError
from packstation.services.tracking.service import (
    Condition,
    Evaluation,
    IngestReport,
    StatusChange,
    TrackingService,
)

__all__ = [
    "BoardRow",
    "ColumnMap",
    "Condition",
    "Evaluation",
    "ExceptionsBoard",
    "IngestReport",
    "RuleBook",
    "RuleConfigError",
    "StatusChange",
    "TrackingFileError",
    "TrackingService",
    "WeekCarrier",
    "read_tracking_file",
]
