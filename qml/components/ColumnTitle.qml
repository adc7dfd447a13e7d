import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One column's title in a list header.
Label {
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    color: Theme.textMuted
    elide: Text.ElideRight
    Layout.alignment: Qt.AlignVCenter
}
