import QtQuick
import Stockroom.Screens
import QtQuick.Controls

// A small caps heading inside panels.
Label {
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.6
    color: Theme.textMuted
    topPadding: 10
    bottomPadding: 4
}
