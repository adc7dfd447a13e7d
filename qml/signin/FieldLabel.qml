import QtQuick
import Stockroom.Screens
import QtQuick.Controls

// The caption above a form field.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontSmall
    font.weight: Font.DemiBold
}
