import QtQuick
import Stockroom.Screens
import QtQuick.Controls

// The one action a form is for ("Sign in", "Save"): filled with the accent colour.
Button {
    id: root
    font.weight: Font.DemiBold
    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.border
                             : (root.down ? Qt.darker(Theme.accent, 1.25)
                                          : (root.hovered ? Qt.darker(Theme.accent, 1.1) : Theme.accent))
    }
    contentItem: Label {
        text: root.text
        font: root.font
        color: root.enabled ? "#ffffff" : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
