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
| DISPATCH  | F12    | dispatch mode: hand parcels to a courier (and back)   |
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.texts import QT_TRANSLATE_NOOP

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
    DISPATCH = "DISPATCH"

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
    Command.HELP: CommandInfo(QT_TRANSLATE_NOOP("Command", "Help"), "F1", QT_TRANSLATE_NOOP("Command", "Show the hotkeys and what this step expects")),
    Command.NEXT: CommandInfo(QT_TRANSLATE_NOOP("Command", "Next order"), "F2", QT_TRANSLATE_NOOP("Command", "Take the most urgent order from the queue")),
    Command.CONFIRM: CommandInfo(QT_TRANSLATE_NOOP("Command", "OK / confirm"), "F3", QT_TRANSLATE_NOOP("Command", "Accept the current step")),
    Command.UNDO: CommandInfo(QT_TRANSLATE_NOOP("Command", "Undo scan"), "F4", QT_TRANSLATE_NOOP("Command", "Undo the last accepted scan")),
    Command.PHOTO: CommandInfo(QT_TRANSLATE_NOOP("Command", "Take photo"), "F5", QT_TRANSLATE_NOOP("Command", "Capture a proof photo of the parcel")),
    Command.NEWPARCEL: CommandInfo(QT_TRANSLATE_NOOP("Command", "New parcel"), "F6", QT_TRANSLATE_NOOP("Command", "Start another parcel for this order")),
    Command.REPRINT: CommandInfo(QT_TRANSLATE_NOOP("Command", "Reprint label"), "F7", QT_TRANSLATE_NOOP("Command", "Print the shipping label again")),
    Command.HOLD: CommandInfo(QT_TRANSLATE_NOOP("Command", "Hold order"), "F8", QT_TRANSLATE_NOOP("Command", "Put the order on hold: short pick, damage, weight")),
    Command.RELEASE: CommandInfo(QT_TRANSLATE_NOOP("Command", "Release hold"), "F9", QT_TRANSLATE_NOOP("Command", "Release an order on hold"), needs_supervisor=True),
    Command.VOID: CommandInfo(QT_TRANSLATE_NOOP("Command", "Void label"), "F10", QT_TRANSLATE_NOOP("Command", "Void the shipping label"), needs_supervisor=True),
    Command.CANCEL: CommandInfo(QT_TRANSLATE_NOOP("Command", "Cancel / back"), "Esc", QT_TRANSLATE_NOOP("Command", "Close the prompt; the order stays where it is")),
    Command.LOGOUT: CommandInfo(QT_TRANSLATE_NOOP("Command", "Log out"), "Ctrl+L", QT_TRANSLATE_NOOP("Command", "Log out of the station")),
    Command.DISPATCH: CommandInfo(QT_TRANSLATE_NOOP("Command", "Dispatch mode"), "F12", QT_TRANSLATE_NOOP("Command", "Hand parcels to a courier: scan each one out")),
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
