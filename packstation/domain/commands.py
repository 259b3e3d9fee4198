"""Command barcodes: scan a sheet instead of reaching for the keyboard. Each also has a hotkey.

Every command barcode starts with `%%PS:`. No GTIN/EAN/UPC (digits only), GS1 element string,
SSCC or marketplace order id (letters, digits, dashes) can start with `%%`, so a command is never
mistaken for a product or an order. Hotkeys are Qt key-sequence strings (`QKeySequence("F2")`);
function keys are used because a keyboard-wedge scanner only ever types printable keys and Enter.

| Command   | Hotkey | What it does                                          |
|-----------|--------|-------------------------------------------------------|
| HELP      | F1     | show the hotkeys and what the current step expects    |
| NEXT      | F2     | take the next order from the queue                    |
| CONFIRM   | F3     | accept the current step (OK)                          |
| UNDO      | F4     | undo the last accepted scan                           |
| PHOTO     | F5     | capture a proof photo                                 |
| NEWPARCEL | F6     | start another parcel for this order                   |
| REPRINT   | F7     | reprint the shipping label                            |
| HOLD      | F8     | put the order on hold (short pick, damage, ...)       |
| RELEASE   | F9     | release a held order (supervisor)                     |
| VOID      | F10    | void the label (supervisor)                           |
| CANCEL    | Esc    | close the current prompt; the order stays where it is |
| LOGOUT    | Ctrl+L | log out of the station                                |
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

PREFIX = "%%PS:"


class Command(StrEnum):
    """A station command; the value is the name after the prefix in its barcode."""

    HELP = "HELP"
    NEXT = "NEXT"
    CONFIRM = "CONFIRM"
    UNDO = "UNDO"
    PHOTO = "PHOTO"
    NEWPARCEL = "NEWPARCEL"
    REPRINT = "REPRINT"
    HOLD = "HOLD"
    RELEASE = "RELEASE"
    VOID = "VOID"
    CANCEL = "CANCEL"
    LOGOUT = "LOGOUT"

    @property
    def barcode(self) -> str:
        """The text the command's barcode carries (what the scanner types)."""
        return PREFIX + self.value

    @property
    def info(self) -> CommandInfo:
        return COMMANDS[self]

    @property
    def label(self) -> str:
        return COMMANDS[self].label

    @property
    def hotkey(self) -> str:
        return COMMANDS[self].hotkey

    @property
    def help(self) -> str:
        return COMMANDS[self].help

    @property
    def needs_supervisor(self) -> bool:
        return COMMANDS[self].needs_supervisor


@dataclass(frozen=True)
class CommandInfo:
    """What the packer sees for a command: a short label, its hotkey and one line of help."""

    label: str
    hotkey: str
    help: str
    needs_supervisor: bool = False


COMMANDS: dict[Command, CommandInfo] = {
    Command.HELP: CommandInfo("Help", "F1", "Show the hotkeys and what this step expects"),
    Command.NEXT: CommandInfo("Next order", "F2", "Take the most urgent order from the queue"),
    Command.CONFIRM: CommandInfo("OK / confirm", "F3", "Accept the current step"),
    Command.UNDO: CommandInfo("Undo scan", "F4", "Undo the last accepted scan"),
    Command.PHOTO: CommandInfo("Take photo", "F5", "Capture a proof photo of the parcel"),
    Command.NEWPARCEL: CommandInfo("New parcel", "F6", "Start another parcel for this order"),
    Command.REPRINT: CommandInfo("Reprint label", "F7", "Print the shipping label again"),
    Command.HOLD: CommandInfo("Hold order", "F8", "Put the order on hold: short pick, damage, weight"),
    Command.RELEASE: CommandInfo("Release hold", "F9", "Release an order on hold", needs_supervisor=True),
    Command.VOID: CommandInfo("Void label", "F10", "Void the shipping label", needs_supervisor=True),
    Command.CANCEL: CommandInfo("Cancel / back", "Esc", "Close the prompt; the order stays where it is"),
    Command.LOGOUT: CommandInfo("Log out", "Ctrl+L", "Log out of the station"),
}

BY_HOTKEY: dict[str, Command] = {info.hotkey: command for command, info in COMMANDS.items()}


def from_command_sheet(raw: str) -> bool:
    """True for anything printed on a command sheet (`%%...`), ours or another version's."""
    return raw.strip().startswith("%%")


def looks_like_command(raw: str) -> bool:
    """True when a scan carries the command prefix (even an unknown command from another sheet)."""
    return raw.strip().upper().startswith(PREFIX)


def parse_command(raw: str) -> Command | None:
    """The command a scan carries, or None when it is not a (known) command barcode."""
    text = raw.strip().upper()
    if not text.startswith(PREFIX):
        return None
    try:
        return Command(text[len(PREFIX) :].strip())
    except ValueError:
        return None


def command_for_hotkey(hotkey: str) -> Command | None:
    """The command bound to a key sequence string such as "F2" or "Esc"."""
    return BY_HOTKEY.get(hotkey)
