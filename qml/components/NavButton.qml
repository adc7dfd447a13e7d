import QtQuick
import Stockroom.Screens
import QtQuick.Controls

// One entry of the navigation rail.
ItemDelegate {
    id: root
    property bool active: false
    property string glyph: ""
    width: parent ? parent.width : 200
    height: 40
    background: Rectangle {
        color: root.active ? Theme.railActive : (root.hovered ? "#273449" : "transparent")
        radius: Theme.radius
        Rectangle {
            visible: root.active
            width: 3; radius: 1.5
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 8 }
            color: "#5eead4"
        }
    }
    contentItem: Row {
        spacing: 10
        leftPadding: 10
        Label {
            text: root.glyph
            color: root.active ? "#ffffff" : Theme.railText
            font.pixelSize: 15
            anchors.verticalCenter: parent.verticalCenter
        }
        Label {
            text: root.text
            color: root.active ? "#ffffff" : Theme.railText
            font.pixelSize: Theme.fontBody
            font.weight: root.active ? Font.DemiBold : Font.Normal
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
