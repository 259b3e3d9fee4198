"""Handing parcels to the carrier: open a handover, judge every scan at once, close it with proof.

`HandoverService` is what a dispatch page, the CLI, `simulate` and the tests drive. Each scan is one
transaction (its verdict, the parcel added, its event), so a crash mid-handover loses nothing: the open
handover and its scans are in the station database and `resume()` brings them back. Closing writes the
manifest PDF and makes every order in it Shipped, with the manifest id, in one transaction.

The service opens, scans and cancels (`service`); the scan judgement (`judgement`), the closing with
its manifest (`closing`) and the store queries behind its views (`views`) are its parts.
"""

from packstation.services.handover.closing import Acknowledgement, HandoverPhoto
from packstation.services.handover.errors import HandoverError, IncompleteOrders, LeftBehind
from packstation.services.handover.judgement import EXPECTED_TTL_S
from packstation.services.handover.service import HandoverService
from packstation.services.handover.simulated import gray_frame, hand_over_staged
from packstation.services.handover.views import HandoverParcelView, HandoverView

__all__ = [
    "EXPECTED_TTL_S",
    "Acknowledgement",
    "HandoverError",
    "HandoverParcelView",
    "HandoverPhoto",
    "HandoverService",
    "HandoverView",
    "IncompleteOrders",
    "LeftBehind",
    "gray_frame",
    "hand_over_staged",
]
