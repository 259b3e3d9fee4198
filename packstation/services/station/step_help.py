"""F1: what the current step is for and how to get through it, in a few plain lines per step.

Shown over the page by the window from the view's step; Qt-free so it is tested without a display.
"""

from __future__ import annotations

from packstation.domain.commands import Command
from packstation.domain.texts import Text, translate
from packstation.services.station.view import StationView, Step

K = {c: c.hotkey for c in Command}

STEP_HELP: dict[Step, tuple[Text, tuple[Text, ...]]] = {
    Step.FIRST_ADMIN: (
        translate("Help", "Set up this station"),
        (
            translate("Help", "Nobody can log in yet. Type your name, a short user id (like ada) and a PIN."),
            translate("Help", "Press Create admin. Then log in and press Ctrl+P to add packers and supervisors."),
        ),
    ),
    Step.LOGIN: (
        translate("Help", "Log in"),
        (
            translate("Help", "Scan your badge with the scanner, or type your PIN and press Enter."),
            translate("Help", "No badge or PIN yet? Ask a supervisor to add you (Ctrl+P)."),
        ),
    ),
    Step.QUEUE: (
        translate("Help", "Choose an order"),
        (
            translate("Help", "Scan the barcode on the pick list, or press {key} to take the most urgent order.").format(key=K[Command.NEXT]),
            translate("Help", "Red rows are late, orange rows are due soon."),
            translate("Help", "Another packer's badge switches the station to them."),
        ),
    ),
    Step.CONFIRM: (
        translate("Help", "Check the order"),
        (
            translate("Help", "Check the items and the address on screen."),
            translate("Help", "Scan the first item to start picking (or press {key}).").format(key=K[Command.CONFIRM]),
        ),
    ),
    Step.PICK: (
        translate("Help", "Pick every item"),
        (
            translate("Help", "Scan each item once: the list shows how many are still missing."),
            translate("Help", "Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.").format(undo=K[Command.UNDO]),
            translate("Help", "Something missing? Press {hold}: a supervisor decides.").format(hold=K[Command.HOLD]),
        ),
    ),
    Step.PACK: (
        translate("Help", "Pack and weigh"),
        (
            translate("Help", "Use the box shown (or scan another box's code)."),
            translate("Help", "Put the closed parcel on the scale; when the weight is steady press {key}.").format(key=K[Command.CONFIRM]),
            translate("Help", "More than one box? Press {key} for another parcel.").format(key=K[Command.NEWPARCEL]),
        ),
    ),
    Step.LABEL: (
        translate("Help", "Label the parcel"),
        (
            translate("Help", "The label prints by itself. Stick it flat on the top of the parcel."),
            translate("Help", "Press {key} when it is on. Bad print? Press {reprint}.").format(key=K[Command.CONFIRM], reprint=K[Command.REPRINT]),
        ),
    ),
    Step.PHOTO: (
        translate("Help", "Photograph the parcel"),
        (
            translate("Help", "Hold the labelled parcel under the camera so the label can be read."),
            translate("Help", "Press {key} for each photo the screen asks for.").format(key=K[Command.PHOTO]),
        ),
    ),
    Step.DONE: (
        translate("Help", "Done"),
        (
            translate("Help", "Put the parcel on the shelf for its carrier."),
            translate("Help", "Press {key} for the next order.").format(key=K[Command.NEXT]),
        ),
    ),
    Step.HELD: (
        translate("Help", "On hold"),
        (
            translate(
                "Help",
                "This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.",
            ),
            translate("Help", "Press {key} to go back to the queue meanwhile.").format(key=K[Command.CANCEL]),
        ),
    ),
    Step.SETTINGS: (
        translate("Help", "Settings"),
        (
            translate("Help", "Choose each device from its list and press Test."),
            translate("Help", "Press {save} to save, {back} to go back.").format(save=K[Command.CONFIRM], back=K[Command.CANCEL]),
        ),
    ),
}


def step_help(view: StationView) -> tuple[str, tuple[str, ...]]:
    """Title and lines explaining the view's step, the next action first."""
    title, lines = STEP_HELP.get(view.step, (view.step.value.title(), ()))
    first = (translate("Help", "Now: {next}.").format(next=view.next_action),) if view.next_action else ()
    return title, first + lines
