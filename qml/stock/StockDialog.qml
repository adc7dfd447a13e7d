import QtQuick
import Stockroom.Screens

// The frame of every stock form (CommandDialog, with the StockController).
CommandDialog {
}
