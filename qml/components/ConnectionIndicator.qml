import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A dot and a word: is the database reachable right now.
RowLayout {
    id: root
    property bool connected: false
    property string detail: ""
    spacing: 6

    Rectangle {
        width: 9; height: 9; radius: 4.5
        color: root.connected ? Theme.good : Theme.bad
        Layout.alignment: Qt.AlignVCenter
    }
    Label {
        text: root.connected ? qsTr("Connected") : qsTr("Offline")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    ToolTip.visible: hover.hovered && root.detail.length > 0
    ToolTip.text: root.detail
    HoverHandler { id: hover }
}
